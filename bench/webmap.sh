#!/usr/bin/env bash
# The web app's map on the national demo, in headless Chromium (the browser-test harness, Playwright):
# time from page load to the map's first idle, and tile requests and time per pan at zooms 9, 12 and 14.
# Reported, not asserted. Writes bench/results/webmap.md.
# Usage: [NATIONAL=store.gpkg] bench/webmap.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sg-webmap-XXXX)
http_port=18182
server_pid=
cleanup() {
  # SIGTERM, not SIGINT: a background job of a script starts with SIGINT ignored.
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$root/scripts/setup"
"$root/scripts/web"
dotnet build "$root/src/Safeground.Cli" -c Release -o "$work/cli" -v quiet -nologo -clp:ErrorsOnly
dotnet build "$root/bench/Safeground.Bench" -c Release -o "$work/bench" -v quiet -nologo -clp:ErrorsOnly
store=${NATIONAL:-$work/national.gpkg}
if [ ! -f "$store" ]; then
  echo "writing the national demo (about 100 s)..." >&2
  "$work/cli/safeground" demo --scale national --store "$store" --no-status >&2
fi
password="bench-$(date +%s)-$RANDOM"
user="bench.web.$RANDOM"
echo "$password" | "$work/cli/safeground" user add "$user" --role viewer --password-stdin --store "$store" >/dev/null

"$work/cli/safeground" serve --store "$store" --port "$http_port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$http_port/" >/dev/null && break; sleep 0.2; done
mkdir -p "$root/bench/results"
"$work/bench/Safeground.Bench" webmap "http://127.0.0.1:$http_port" "$user" "$password" "$root/bench/results/webmap.md"
"$work/cli/safeground" user disable "$user" --store "$store" >/dev/null || true
