// The package's "exports" leave out its own index.d.ts. Its API is better-sqlite3's (plus
// key/rekey, which db/driver.ts reaches through PRAGMAs), so better-sqlite3's types serve.
declare module 'better-sqlite3-multiple-ciphers' {
  // `import = require` is the one form that brings both the class and its namespace.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  import Database = require('better-sqlite3');
  export = Database;
}
