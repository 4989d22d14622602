#!/usr/bin/env bash
# Measures the admin's list pages under load: p50, p95 and p99 latency and requests per second of
# each page at 16 concurrent connections on loopback, with wrk. It builds the portal in Release,
# writes the generator's synthetic database of N plans (bench --plans N --save-db), adds a user,
# starts the portal on a free port, signs in, then for each page runs wrk once to warm up (3 s by
# default) and once to measure. The target is a p95 of 10 ms or less on every page.
#
#   bash tests/bench-admin.sh [--plans N] [--seconds S] [--warmup S] [--connections C] [--no-build]
#
# The first pages measured after the portal starts also pay for the runtime's tiered compilation,
# which takes some 20 s of load to settle on 2 cores; --warmup 20 measures every page settled.
#
# Installs wrk with apt-get when it is missing. Everything happens in a temporary folder, removed
# at the end; data/ and site/ are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

plans=200
seconds=10
warmup=3
connections=16
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --plans) plans="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: bash tests/bench-admin.sh [--plans N] [--seconds S] [--warmup S] [--connections C] [--no-build]" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "bench-admin: installing wrk (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

if [ "$build" -eq 1 ]; then
  dotnet build portal -c Release --nologo -v quiet >/dev/null
  dotnet build generator -c Release --nologo -v quiet >/dev/null
fi
generator=(dotnet generator/bin/Release/net10.0/PerformancePlan.Generator.dll)
portal=(dotnet portal/bin/Release/net10.0/PerformancePlan.Portal.dll)

work="$(mktemp -d)"
portal_pid=""
cleanup() {
  if [ -n "$portal_pid" ]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"${generator[@]}" bench --plans "$plans" --save-db "$work/portal.db" >/dev/null
password="bench-admin-password"
echo "$password" | Portal__DataDirectory="$work" "${portal[@]}" add-user bench --role admin >/dev/null

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
Portal__DataDirectory="$work" Portal__SeedOnFirstStart=false ASPNETCORE_URLS="$base" Logging__LogLevel__Default=Warning \
  "${portal[@]}" >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "$base/admin/account/signin" && break
  sleep 0.2
done

jar="$work/cookies"
token="$(curl -sf -c "$jar" -b "$jar" "$base/admin/account/signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Name=bench" --data-urlencode "Input.Password=$password" \
  "$base/admin/account/signin")"
[ "$status" = 302 ] || { echo "bench-admin: sign-in answered $status" >&2; cat "$work/portal.log" >&2; exit 1; }
cookie="$(grep -v '^# ' "$jar" | grep -v '^$' | awk -F'\t' '{print $6"="$7}' | paste -sd';')"

cat >"$work/figures.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests_per_second=%.0f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), errors))
end
LUA

echo "bench-admin: $plans plans, $connections connections, $seconds s per page after $warmup s of warm-up, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for page in /admin /admin/exchanges /admin/actuals /admin/budget /admin/goals /admin/esignature /admin/audit /admin/users; do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$page")"
  [ "$code" = 200 ] || { echo "bench-admin: $page answered $code" >&2; exit 1; }
  wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/figures.lua" -H "Cookie: $cookie" "$base$page" >/dev/null
  figures="$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/figures.lua" -H "Cookie: $cookie" "$base$page" | tail -1)"
  echo "bench-admin: page=$page $figures"
done
