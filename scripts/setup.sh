#!/usr/bin/env bash
# Installs everything the project and its tests need on a fresh Debian machine:
# Chromium (for the docs test) from Debian's packages, then the locked npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package) for the docs test"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-noto-cjk
fi

# npm prints a harmless warning about this machine's global "nodedir" setting; hide it.
npm ci --no-audit --no-fund 2>&1 | grep -v 'Unknown user config "nodedir"' || true
test -d node_modules
