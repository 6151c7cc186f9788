#!/bin/sh
# Installs Mozilla Readability and jsdom (exact versions from package-lock.json) for the
# readability baseline of `crosscheck eval extraction --baseline readability`. Needs Node.js >= 18 and npm.
set -eu
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: Node.js and npm are needed for the readability baseline (e.g. apt-get install nodejs npm)" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
