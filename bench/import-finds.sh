#!/usr/bin/env bash
# Import of N EO find points from one GeoJSON file into a GeoPackage with its R-tree:
# Safeground beside ogr2ogr -f GPKG, on the same file, in the same run.
# Reports features/s, the ratio, and peak memory (max RSS) at several file sizes. Each size runs
# REPEATS times (default 3), the two tools alternating, and ends with the median of the ratios:
# this machine's timings vary by ±10% from run to run, for both tools.
# Usage: [REPEATS=N] bench/import-finds.sh [SIZES...]   (default: 250000 500000 1000000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("${@:-250000 500000 1000000}")
[ $# -gt 0 ] || sizes=(250000 500000 1000000)
repeats=${REPEATS:-3}
work=$(mktemp -d /tmp/sg-bench-XXXX)
trap 'rm -rf "$work"' EXIT
"$root/scripts/setup"
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }

dotnet build "$root/src/Safeground.Cli" -c Release -o "$work/cli" -v quiet -nologo -clp:ErrorsOnly
dotnet build "$root/bench/Safeground.Bench" -c Release -o "$work/bench" -v quiet -nologo -clp:ErrorsOnly

measure() { # command... → prints "seconds maxrss_kb"
  local out="$work/time.txt"
  /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$out"
}

results="$root/bench/results"
mkdir -p "$results"
report="$results/import-finds.md"
{
  echo "# Import of EO finds: Safeground vs ogr2ogr ($(date -u +%F), $(nproc) cores, $(gdalinfo --version))"
  echo
  echo "| finds | run | file MB | Safeground s | Safeground finds/s | Safeground max RSS MB | ogr2ogr s | ogr2ogr finds/s | ogr2ogr max RSS MB | ratio (finds/s) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"

for n in "${sizes[@]}"; do
  file="$work/finds-$n.geojson"
  "$work/bench/Safeground.Bench" finds-geojson "$n" "$file"
  mb=$(( $(stat -c %s "$file") / 1048576 ))
  ratios=()
  for run in $(seq 1 "$repeats"); do
    rm -f "$work"/*.gpkg*
    sync
    read -r sg_s sg_kb < <(measure "$work/cli/safeground" import "$file" --store "$work/sg-$n.gpkg" --as finds --show 0)
    sync
    read -r og_s og_kb < <(measure ogr2ogr -f GPKG "$work/ogr-$n.gpkg" "$file")
    sg_count=$(sqlite3 "$work/sg-$n.gpkg" 'SELECT count(*) FROM finds; SELECT count(*) FROM rtree_finds_geom;' | tr '\n' ' ')
    og_count=$(sqlite3 "$work/ogr-$n.gpkg" "SELECT count(*) FROM \"finds-$n\";" 2>/dev/null || echo '?')
    line=$(awk -v n="$n" -v run="$run" -v mb="$mb" -v ss="$sg_s" -v sk="$sg_kb" -v os="$og_s" -v ok="$og_kb" 'BEGIN {
      sr = n / ss; orate = n / os;
      printf "| %d | %d | %d | %.2f | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f× |", n, run, mb, ss, sr, sk/1024, os, orate, ok/1024, sr/orate }')
    echo "$line" >> "$report"
    ratios+=("$(awk -v ss="$sg_s" -v os="$og_s" 'BEGIN { printf "%.2f", os / ss }')")
    echo "n=$n run $run: safeground rows+rtree: $sg_count, ogr2ogr rows: $og_count; $line" >&2
  done
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  echo "| $n | median | | | | | | | | **${median}×** |" >> "$report"
  rm -f "$file" "$work"/*.gpkg*
done
cat "$report"
