#!/usr/bin/env bash
# Import of N EO find points from one GeoJSON file into PostgreSQL + PostGIS with a GiST index:
# Safeground (safeground import --store postgres://…) beside ogr2ogr -f PostgreSQL on the same file and
# psql \copy of the same finds as CSV (into a table whose point is generated from x/y, then CREATE INDEX
# USING gist), on one throw-away server, in the same run. Each size runs REPEATS times (default 3), the
# three alternating; the report ends with the median ratios.
# Usage: [REPEATS=N] bench/import-finds-postgis.sh [SIZES...]   (default: 1000000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ $# -gt 0 ] || sizes=(1000000)
repeats=${REPEATS:-3}
work=$(mktemp -d /tmp/sg-bench-pg-XXXX)
chmod 755 "$work"
port=${PGPORT_BENCH:-55441}
trap '"$root/scripts/postgres" stop "$work/pg" >/dev/null 2>&1; rm -rf "$work"' EXIT
"$root/scripts/setup"
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
"$root/scripts/postgres" start "$work/pg" "$port" >/dev/null
pg="host=127.0.0.1 port=$port user=postgres dbname=postgres"
url="postgres://postgres@127.0.0.1:$port/postgres"
psql -q -d "$pg" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null

dotnet build "$root/src/Safeground.Cli" -c Release -o "$work/cli" -v quiet -nologo -clp:ErrorsOnly
dotnet build "$root/bench/Safeground.Bench" -c Release -o "$work/bench" -v quiet -nologo -clp:ErrorsOnly

measure() { # command... → prints "seconds maxrss_kb"
  local out="$work/time.txt"
  /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$out"
}

results="$root/bench/results"
mkdir -p "$results"
report="$results/import-finds-postgis.md"
{
  echo "# Import of EO finds into PostGIS: Safeground vs ogr2ogr vs psql \\copy ($(date -u +%F), $(nproc) cores, $(gdalinfo --version), $(psql --version))"
  echo
  echo "| finds | run | Safeground s | finds/s | max RSS MB | ogr2ogr s | finds/s | psql \\copy + index s | finds/s | Safeground / ogr2ogr | Safeground / \\copy |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"

for n in "${sizes[@]}"; do
  file="$work/finds-$n.geojson"
  csv="$work/finds-$n.csv"
  "$work/bench/Safeground.Bench" finds-geojson "$n" "$file"
  ogr2ogr -f CSV "$csv" "$file" -lco GEOMETRY=AS_XY
  create_copy="CREATE TABLE finds_copy (x double precision, y double precision, category text, model text, quantity integer,
    depth_cm integer, condition text, disposal text,
    geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(x, y), 4326)) STORED)"
  r_ogr=(); r_copy=()
  for run in $(seq 1 "$repeats"); do
    psql -q -d "$pg" -c "DROP SCHEMA IF EXISTS sg CASCADE; DROP TABLE IF EXISTS finds_ogr, finds_copy; CHECKPOINT" >/dev/null
    read -r sg_s sg_kb < <(measure "$work/cli/safeground" import "$file" --store "$url?schema=sg" --as finds --show 0)
    psql -q -d "$pg" -c "CHECKPOINT" >/dev/null
    read -r og_s og_kb < <(measure ogr2ogr -f PostgreSQL "PG:$pg" "$file" -nln finds_ogr -lco GEOMETRY_NAME=geom)
    psql -q -d "$pg" -c "CHECKPOINT" >/dev/null
    read -r cp_s cp_kb < <(measure psql -q -v ON_ERROR_STOP=1 -d "$pg" -c "BEGIN" -c "$create_copy" -c "\\copy finds_copy (x, y, category, model, quantity, depth_cm, condition, disposal) FROM '$csv' WITH (FORMAT csv, HEADER true)" -c "CREATE INDEX finds_copy_geom ON finds_copy USING gist (geom)" -c "COMMIT")
    counts=$(psql -qtA -d "$pg" -c "SELECT (SELECT count(*) FROM sg.finds), (SELECT count(*) FROM finds_ogr), (SELECT count(*) FROM finds_copy)")
    line=$(awk -v n="$n" -v run="$run" -v ss="$sg_s" -v sk="$sg_kb" -v os="$og_s" -v cs="$cp_s" 'BEGIN {
      printf "| %d | %d | %.2f | %.0f | %.0f | %.2f | %.0f | %.2f | %.0f | %.2f× | %.2f× |", n, run, ss, n/ss, sk/1024, os, n/os, cs, n/cs, os/ss, cs/ss }')
    echo "$line" >> "$report"
    r_ogr+=("$(awk -v ss="$sg_s" -v os="$og_s" 'BEGIN { printf "%.2f", os / ss }')")
    r_copy+=("$(awk -v ss="$sg_s" -v cs="$cp_s" 'BEGIN { printf "%.2f", cs / ss }')")
    echo "n=$n run $run: rows (safeground, ogr2ogr, copy) = $counts; $line" >&2
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
  echo "| $n | median | | | | | | | | **$(med "${r_ogr[@]}")×** | **$(med "${r_copy[@]}")×** |" >> "$report"
  rm -f "$file" "$csv"
done
echo >> "$report"
echo "Ratios are the peer's time over Safeground's: above 1× Safeground is faster. Every tool ends with the same finds and a GiST index on their points; Safeground also writes the import reports (one per 1,000 finds) with their payloads." >> "$report"
cat "$report"
