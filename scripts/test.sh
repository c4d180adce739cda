#!/usr/bin/env bash
# Runs every test project. Browser tests need Chromium and the build needs npm (the map's base
# geography comes from the npm package world-atlas); on Debian as root this installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing+=(chromium)
fi
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} (apt-get install -y ${missing[*]})…"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: ${missing[*]} — sudo apt-get install -y ${missing[*]} (or set CHROMIUM_PATH)." >&2
  fi
fi

exec dotnet test IranPakistan.sln "$@"
