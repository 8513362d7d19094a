#!/usr/bin/env bash
# Field-kit sync over HTTP: a kit holding N reports submitted offline (clearance progress on the national store's open
# hazards, so every one is accepted) runs `safeground sync --server` against `safeground serve`. Reported: wall time and
# peak memory (max RSS) of the sync and of the server, and a second sync with nothing to do. Beside it, on the same
# data in the same run: curl posting the same JSON bytes (the push bodies sync sends) to the same endpoint of a copy of
# the national store (the server's own work, without the kit's), and sqlite3 copying the kit's report rows into a fresh
# file (storage alone), as ratios.
# Usage: bench/sync.sh [N]   (default 100000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100000}
work=$(mktemp -d /tmp/sg-sync-XXXX)
port=18191
server_pid=
stop_server() {
  # SIGTERM to safeground itself (the child of /usr/bin/time), which stops cleanly; time then writes its figures.
  if [ -n "$server_pid" ]; then
    pkill -TERM -P "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT
"$root/scripts/setup"
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
dotnet build "$root/src/Safeground.Cli" -c Release -o "$work/cli" -v quiet -nologo -clp:ErrorsOnly
dotnet build "$root/bench/Safeground.Bench" -c Release -o "$work/bench" -v quiet -nologo -clp:ErrorsOnly
sg="$work/cli/safeground"

measure() { # command... → prints "seconds maxrss_kb"
  local out="$work/time.txt"
  /usr/bin/time -f '%e %M' -o "$out" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$out"
}
serve() { # store → starts the server in the background under /usr/bin/time
  /usr/bin/time -f '%e %M' -o "$work/serve-time.txt" "$sg" serve --store "$1" --port "$port" >"$work/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/" >/dev/null && return 0; sleep 0.2; done
  cat "$work/serve.log" >&2; return 1
}

"$sg" demo --store "$work/national.gpkg" --no-status 2>/dev/null
echo "bench-password-$RANDOM$RANDOM" | "$sg" user add bench.admin --role admin --password-stdin --store "$work/national.gpkg" >/dev/null
token=$("$sg" user token bench.admin --name "bench/sync.sh" --store "$work/national.gpkg" 2>/dev/null)
# The kit: the national store as a first sync leaves it, plus N reports the team submitted offline.
cp "$work/national.gpkg" "$work/kit.gpkg"
cp "$work/national.gpkg" "$work/national-curl.gpkg"
"$work/bench/Safeground.Bench" sync-kit "$work/kit.gpkg" "$n" "$work/bodies"
kit_mb=$(( $(stat -c %s "$work/kit.gpkg") / 1048576 ))
body_mb=$(( $(du -cb "$work"/bodies/*.json | tail -1 | cut -f1) / 1048576 ))

serve "$work/national.gpkg"
read -r sync_s sync_kb < <(SAFEGROUND_TOKEN=$token measure "$sg" sync --store "$work/kit.gpkg" --server "http://127.0.0.1:$port")
grep -E "pushed|refused" "$work/stdout.txt" >&2
read -r again_s again_kb < <(SAFEGROUND_TOKEN=$token measure "$sg" sync --store "$work/kit.gpkg" --server "http://127.0.0.1:$port")
grep -q "nothing to do" "$work/stdout.txt" || { echo "second sync did something:" >&2; cat "$work/stdout.txt" >&2; exit 1; }
stop_server
read -r _ serve_kb < "$work/serve-time.txt"
pushed=$(sqlite3 "$work/national.gpkg" "SELECT count(*) FROM reports WHERE id LIKE 'KIT-%'")
[ "$pushed" -eq "$n" ] || { echo "the national store holds $pushed of $n kit reports" >&2; exit 1; }

serve "$work/national-curl.gpkg"
export token port work
read -r curl_s _ < <(measure bash -c 'for f in "$work"/bodies/*.json; do curl -sf -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" --data-binary "@$f" "http://127.0.0.1:$port/api/v1/sync/push"; done')
stop_server
read -r _ serve_curl_kb < "$work/serve-time.txt"
curled=$(sqlite3 "$work/national-curl.gpkg" "SELECT count(*) FROM reports WHERE id LIKE 'KIT-%'")

read -r sqlite_s sqlite_kb < <(measure sqlite3 "$work/copy.gpkg" "ATTACH '$work/kit.gpkg' AS k; BEGIN; CREATE TABLE reports AS SELECT * FROM k.reports WHERE id LIKE 'KIT-%'; CREATE TABLE report_events AS SELECT * FROM k.report_events WHERE report_id LIKE 'KIT-%'; COMMIT;")

mkdir -p "$root/bench/results"
report="$root/bench/results/sync.md"
awk -v n="$n" -v kit="$kit_mb" -v body="$body_mb" -v ss="$sync_s" -v sk="$sync_kb" -v srv="$serve_kb" -v as="$again_s" -v ak="$again_kb" \
    -v cs="$curl_s" -v csrv="$serve_curl_kb" -v curled="$curled" -v qs="$sqlite_s" -v qk="$sqlite_kb" -v date="$(date -u +%F)" -v cores="$(nproc)" 'BEGIN {
  printf "# Field-kit sync, %d reports pushed over HTTP (%s, %d cores)\n\n", n, date, cores
  printf "Kit %d MB (the operation demo plus the reports); push bodies %d MB in batches of 500.\n\n", kit, body
  printf "| run | wall s | reports/s | max RSS MB (client) | max RSS MB (server) | vs safeground sync |\n|---|---:|---:|---:|---:|---:|\n"
  printf "| safeground sync (push %d) | %.2f | %.0f | %.0f | %.0f | 1.00× |\n", n, ss, n/ss, sk/1024, srv/1024
  printf "| curl, the same bodies to /api/v1/sync/push (%d stored) | %.2f | %.0f | — | %.0f | %.2f× |\n", curled, cs, n/cs, csrv/1024, ss/cs
  printf "| sqlite3, the kit'"'"'s report rows into a fresh file | %.2f | %.0f | %.0f | — | %.2f× |\n", qs, n/qs, qk/1024, ss/qs
  printf "| safeground sync again (nothing to do) | %.2f | — | %.0f | — | — |\n", as, ak/1024
}' > "$report"
cat "$report"
