#!/usr/bin/env bash
# Validates every kind of page with the Nu Html Checker (npm vnu-jar, run with Java 17+).
# Exits non-zero when any page has an HTML error or does not answer with the expected status.
#   scripts/validate-html.sh
# See docs/quality.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/app.sh"

# "expected-status path" for every line of tests/page-kinds.txt: one of each kind of page and its
# variants. The browser checks read the same file (tests/IranPakistan.EndToEnd/Infrastructure/SitePages.cs).
PAGES=()
while read -r kind status path; do
    [[ -z "$kind" || "$kind" == \#* ]] && continue
    PAGES+=("$status $path")
done < "$ROOT/tests/page-kinds.txt"

command -v java >/dev/null || { echo "java not found: apt-get install -y openjdk-17-jre-headless" >&2; exit 2; }
ensure_npm_tools
start_app

mkdir -p "$WORK/pages"
problems=0
files=()
i=0
for entry in "${PAGES[@]}"; do
    expected="${entry%% *}"
    path="${entry#* }"
    i=$((i + 1))
    file="$WORK/pages/$(printf '%02d' "$i")-$(echo "$path" | tr -c 'A-Za-z0-9-' '_' | cut -c1-60).html"
    actual="$(curl -s -o "$file" -w '%{http_code}' "$BASE$path")"
    if [[ "$actual" != "$expected" ]]; then
        echo "FAIL  $path answered $actual, expected $expected"
        problems=$((problems + 1))
    fi
    files+=("$file")
    echo "fetched $actual $path -> $(basename "$file")"
done

echo
echo "Nu Html Checker $(java -jar "$ROOT/scripts/node_modules/vnu-jar/build/dist/vnu.jar" --version) over ${#files[@]} pages:"
# Blazor's CSS isolation adds b-xxxxxxxxxx attributes; they are harmless and the only thing filtered.
if java -jar "$ROOT/scripts/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only \
        --filterpattern '.*Attribute “b-[a-z0-9]+” not allowed.*' "${files[@]}"; then
    echo "vnu: no errors"
else
    echo "vnu: errors found (above)"
    problems=$((problems + 1))
fi

if [[ "$problems" -gt 0 ]]; then
    echo "validate-html: FAILED ($problems problem(s))"
    exit 1
fi
echo "validate-html: OK"
