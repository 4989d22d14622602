#!/usr/bin/env bash
# Measures the indicator explorer's time per keystroke on a sample city in headless Chromium: the
# median, p95 and max over every keystroke of the time from the keystroke's input (or change) event
# reaching the page to the explorer's updated table and count being in the DOM, and to the next
# frame. It builds the generator and the end-to-end test project in Release, writes a sample city
# (sample-city --agencies N --years A-B), builds its site, then runs the end-to-end project's bench
# mode (tests/PerformancePlan.EndToEnd.Tests/Bench/ExplorerBench.cs), which serves the site, opens
# /zh-tw/indicators/ and /en/indicators/, types Chinese and English words and deletes them key by
# key, and steps the year, status and agency filters with the arrow keys. The target is under 50 ms
# per keystroke on 3,000 indicators.
#
#   bash tests/bench-explorer.sh [--agencies N] [--years A-B] [--rounds N] [--no-build]
#
# Needs Chromium (/usr/bin/chromium or PLAYWRIGHT_CHROMIUM_EXECUTABLE; tests/run.sh installs it).
# Everything happens in a temporary folder, removed at the end; data/ and site/ are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

agencies=30
years=105-111
rounds=3
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --agencies) agencies="$2"; shift 2 ;;
    --years) years="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: bash tests/bench-explorer.sh [--agencies N] [--years A-B] [--rounds N] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ "$build" -eq 1 ]; then
  dotnet build generator -c Release --nologo -v quiet >/dev/null
  dotnet build tests/PerformancePlan.EndToEnd.Tests -c Release --nologo -v quiet >/dev/null
fi
generator=(dotnet generator/bin/Release/net10.0/PerformancePlan.Generator.dll)
bench=(dotnet tests/PerformancePlan.EndToEnd.Tests/bin/Release/net10.0/PerformancePlan.EndToEnd.Tests.dll bench-explorer)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"${generator[@]}" sample-city --agencies "$agencies" --years "$years" --db "$work/city.db" | head -1
"${generator[@]}" build --db "$work/city.db" --out "$work/site" | tail -1

echo "bench-explorer: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}" --site "$work/site" --rounds "$rounds"
echo "bench-explorer: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
