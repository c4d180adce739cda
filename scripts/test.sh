#!/usr/bin/env bash
# Runs every test project. Browser tests need Chromium; on Debian as root this installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the browser tests (apt-get install -y chromium)…"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "Browser tests need Chromium: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  fi
fi

dotnet tool restore >/dev/null
exec dotnet test IranPakistan.sln "$@"
