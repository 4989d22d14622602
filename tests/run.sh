#!/usr/bin/env bash
# Runs every test project: unit, integration and end-to-end.
# On a fresh Debian machine it first installs what the tests need: Chromium and CJK fonts for the
# end-to-end tests and clang for compiling the generator natively through apt-get, and Azurite (the blob storage emulator the deploy tests
# upload to) through npm, with Node.js from apt-get when it is missing. It never skips a test for a missing tool: it installs it or fails.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
chromium_path="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-/usr/bin/chromium}"
[ -x "$chromium_path" ] || need_apt+=(chromium)
# grep reads the whole list: with -q it may stop early, fc-list then dies of SIGPIPE and pipefail
# reports the fonts missing when they are not.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need_apt+=(fonts-noto-cjk)
command -v azurite-blob >/dev/null || command -v npm >/dev/null || need_apt+=(nodejs npm)
# The native generator's tests publish it ahead of time, which links with clang.
command -v clang >/dev/null || need_apt+=(clang)
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "tests/run.sh: installing ${need_apt[*]} (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if ! command -v azurite-blob >/dev/null; then
  echo "tests/run.sh: installing azurite (npm)"
  $sudo npm install -g --silent azurite@3.37.0 >/dev/null
fi
command -v azurite-blob >/dev/null || { echo "tests/run.sh: azurite-blob is not on PATH after installing azurite" >&2; exit 1; }
if [ ! -x "$chromium_path" ]; then
  echo "tests/run.sh: no Chromium at $chromium_path; install Debian's 'chromium' package or set PLAYWRIGHT_CHROMIUM_EXECUTABLE" >&2
  exit 1
fi
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="$chromium_path"

command -v dotnet >/dev/null || { echo "tests/run.sh: the .NET SDK (dotnet) is not on PATH" >&2; exit 1; }

dotnet build PerformancePlan.sln -c Release --nologo -v quiet

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
# The reliability suite (crash and fuzz tests) writes its figures here; they are printed at the end.
export RELIABILITY_FIGURES="$results/reliability-figures.txt"
status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  if ! dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --logger "console;verbosity=minimal"; then
    status=1
  fi
done

# One closing line over every project, from the result files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
if [ "$passed" -eq 0 ]; then
  echo "tests/run.sh: no test ran" >&2
  status=1
fi
[ -f "$RELIABILITY_FIGURES" ] && cat "$RELIABILITY_FIGURES"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
