#!/usr/bin/env bash
# Validates every kind of page with the Nu Html Checker (npm vnu-jar, run with Java 17+).
# Exits non-zero when any page has an HTML error or does not answer with the expected status.
#   scripts/validate-html.sh
# See docs/quality.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/app.sh"

# "expected-status path" — one of each kind of page.
PAGES=(
    "200 /"
    "200 /topics/security"
    "200 /topics/trade"
    "200 /sources"
    "200 /sources/iran-pakistan-relations?quote=Iran%20launched%20a%20missile%20strike"
    "200 /actors"
    "200 /actors/zeynabiyoun-brigade"
    "200 /places"
    "200 /places/taftan"
    "404 /no/such/page"
    "404 /topics/no-such-topic"
    "200 /timeline"
    "200 /timeline?episode=january-2024-strikes"
    "200 /timeline?kind=strike&from=2024-01"
    "200 /timeline?from=not-a-date&topic=no-such-topic"
    "200 /timeline?from=1990&to=1991"
    "200 /events/kashmir-violence-1989"
    "200 /events/iran-strike-jaish-al-adl-baluchistan"
    "404 /events/no-such-event"
    "200 /agreements"
    "200 /agreements?status=stalled"
    "200 /agreements?q=pipeline"
    "200 /agreements/bilateral-trade-10-billion-target"
    "200 /agreements/joint-film-production-mou"
    "200 /search"
    "200 /search?q=Chabahar"
    "200 /search?q=%22%3Cimg%20src%3Dx%3E%20OR%20*%20NEAR("
    "200 /map"
    "200 /map?place=taftan"
    "200 /figures"
    "200 /actors/graph"
    "200 /actors/graph?type=strike"
)

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
