#!/usr/bin/env bash
# Prepare what the web pages and their browser tests need, idempotently (fast when done already):
#   1. Debian's chromium at /usr/bin/chromium (apt-get; never `playwright install`);
#   2. the front-end libraries from npm (web/package.json) copied into
#      src/lapwing/serve/static/vendor/ by web/build.mjs.
# The Python side (pip install playwright) is the `web-test` extra; see docs/web.md.
# Usage: scripts/setup-browser.sh [--no-browser] [--no-web]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_browser=1
want_web=1
for arg in "$@"; do
  case "$arg" in
    --no-browser) want_browser=0 ;;
    --no-web) want_web=0 ;;
    *) echo "setup-browser.sh: unknown option $arg (use --no-browser, --no-web)" >&2; exit 2 ;;
  esac
done

if [[ $want_browser == 1 ]]; then
  if [[ -x /usr/bin/chromium ]]; then
    echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
  else
    sudo_cmd=()
    if [[ $(id -u) != 0 ]]; then sudo_cmd=(sudo); fi
    echo "chromium: installing from Debian (apt-get)"
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium
  fi
fi

if [[ $want_web == 1 ]]; then
  web="$here/web"
  vendor="$here/src/lapwing/serve/static/vendor"
  if ! command -v npm >/dev/null; then
    echo "setup-browser.sh: npm is not installed; the pages will draw plainer views without the front-end libraries" >&2
    exit 1
  fi
  # Install when node_modules is missing or older than the lock file, then build when the
  # vendor folder is missing or older than what it is built from.
  if [[ ! -d "$web/node_modules" || "$web/package-lock.json" -nt "$web/node_modules" ]]; then
    (cd "$web" && npm ci --no-audit --no-fund)
    touch "$web/node_modules"
  else
    echo "web/node_modules: up to date"
  fi
  if [[ ! -f "$vendor/VERSIONS.json" || "$web/node_modules" -nt "$vendor/VERSIONS.json" || "$web/build.mjs" -nt "$vendor/VERSIONS.json" ]]; then
    (cd "$web" && npm run --silent build)
  else
    echo "static/vendor: up to date"
  fi
fi
