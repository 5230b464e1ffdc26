// Fails early, with the fix, when npm scripts would run on a Node older than 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Xiufu needs Node 24 or newer, but this is Node ${process.versions.node}. ` +
      'Run `bash scripts/setup.sh` (it provides Node 24 on Linux x64) or install Node 24 LTS.',
  );
  process.exit(1);
}
