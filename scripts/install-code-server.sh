#!/usr/bin/env bash
# Installs what the end-to-end test of the extension needs (npm run test:e2e): code-server (a real
# VS Code 1.100 served to a browser) from the npm registry, playwright-core to drive it, and
# Debian's chromium. Works on a machine that reaches only the npm registry and Debian's packages.
# Does nothing when the install is already there.
#
#   usage: scripts/install-code-server.sh [DIR]     (default: $HOME/.cache/thesislint-e2e)
#
# - code-server 4.100.x runs on Node.js 20 and builds native modules from source, hence the
#   -dev packages below (apt-get needs root; CI runs as root).
# - @vscode/ripgrep downloads its rg binary from GitHub when installed, which this machine cannot
#   reach: its download cache (os.tmpdir()/vscode-ripgrep-cache-<version>/) is filled beforehand
#   with Debian's ripgrep, which it then unpacks instead.
set -euo pipefail
DIR=${1:-$HOME/.cache/thesislint-e2e}
CODE_SERVER_VERSION=4.100.3
if [ -x "$DIR/node_modules/.bin/code-server" ] && "$DIR/node_modules/.bin/code-server" --version >/dev/null 2>&1 && [ -d "$DIR/node_modules/playwright-core" ]; then
  echo "code-server is already installed in $DIR"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
packages=(ripgrep chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++)
if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" >/dev/null
fi

rg_archive_dir=$(mktemp -d)
cp "$(command -v rg)" "$rg_archive_dir/rg"
tar czf "$rg_archive_dir/rg.tar.gz" -C "$rg_archive_dir" rg
for ripgrep_package in 1.15.11 1.15.12 1.15.13 1.15.14 1.17.0 1.17.1 1.18.0; do
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$ripgrep_package"
  mkdir -p "$cache"
  for release in v13.0.0-4 v13.0.0-10 v13.0.0-13 v14.1.1-1 v15.0.0-1 v15.1.0-1; do
    cp "$rg_archive_dir/rg.tar.gz" "$cache/ripgrep-$release-x86_64-unknown-linux-musl.tar.gz"
  done
done
rm -rf "$rg_archive_dir"

mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{ "name": "thesislint-e2e-editor", "private": true }' > package.json
if ! npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" playwright-core >"$DIR/install.log" 2>&1; then
  tail -30 "$DIR/install.log"
  echo "Installing code-server failed; the whole log is $DIR/install.log" >&2
  exit 1
fi
"$DIR/node_modules/.bin/code-server" --version
