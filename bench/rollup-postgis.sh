#!/usr/bin/env bash
# The land-release roll-up (remaining hazardous area per hazard and per region) on the national demo,
# Safeground beside PostGIS on the same data, in the same run.
#   PostGIS: our exported GeoPackage loaded with ogr2ogr; remaining = perimeter minus the union of the
#            released areas (ST_Union, ST_Difference), areas by ST_Area(geography) (spheroid);
#            per region: ST_Intersection with the region polygons.
#   Safeground: (a) the roll-up as `status --by region` runs it (stored projections split by region
#            boundary); (b) the same recomputation as PostGIS (perimeter minus releases, geodesic areas).
# Reports both times, the ratios and the largest differences. Usage: [NATIONAL=store.gpkg] bench/rollup-postgis.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sg-rollup-XXXX)
chmod 755 "$work" # the PostgreSQL server runs as the postgres user
port=55433
cleanup() { "$root/scripts/postgres" stop "$work/pg" || true; rm -rf "$work"; }
trap cleanup EXIT
"$root/scripts/setup"

dotnet build "$root/src/Safeground.Cli" -c Release -o "$work/cli" -v quiet -nologo -clp:ErrorsOnly
dotnet build "$root/bench/Safeground.Bench" -c Release -o "$work/bench" -v quiet -nologo -clp:ErrorsOnly
store=${NATIONAL:-$work/national.gpkg}
if [ ! -f "$store" ]; then
  echo "writing the national demo (about 150 s)..." >&2
  "$work/cli/safeground" demo --scale national --store "$store" --no-status >&2
fi

conn=$("$root/scripts/postgres" start "$work/pg" "$port")
psql -q "$conn" -c "CREATE DATABASE bench" >/dev/null
pg="$conn dbname=bench"
psql -q "$pg" -c "CREATE EXTENSION postgis" >/dev/null
echo "loading $store into PostGIS (ogr2ogr)..." >&2
ogr2ogr -f PostgreSQL "PG:$pg" "$store" hazard_perimeters released_areas regions \
  -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST --config PG_USE_COPY YES -nlt PROMOTE_TO_MULTI
psql -q "$pg" -c "CREATE INDEX ON released_areas (hazard_id); ANALYZE" >/dev/null

# PostGIS: one statement per figure, timed by psql; results to CSV for the comparison.
cat > "$work/postgis.sql" <<'SQL'
\timing on
\echo per hazard
CREATE TABLE pg_remaining AS
  SELECT p.hazard_id, COALESCE(ST_Difference(p.geom, r.released), p.geom) AS geom
  FROM hazard_perimeters p
  LEFT JOIN (SELECT hazard_id, ST_Union(geom) AS released FROM released_areas GROUP BY hazard_id) r USING (hazard_id);
CREATE TABLE pg_hazard_m2 AS SELECT hazard_id, ST_Area(geom::geography) AS remaining_m2 FROM pg_remaining;
\echo per region
CREATE INDEX ON pg_remaining USING gist (geom);
CREATE TABLE pg_region_m2 AS
  SELECT g.name AS region, COALESCE(SUM(ST_Area(ST_Intersection(h.geom, g.geom)::geography)), 0) AS remaining_m2
  FROM regions g LEFT JOIN pg_remaining h ON ST_Intersects(h.geom, g.geom)
  GROUP BY g.name;
\timing off
\copy (SELECT hazard_id, remaining_m2 FROM pg_hazard_m2 ORDER BY hazard_id) TO 'PGHAZ' WITH CSV
\copy (SELECT region, remaining_m2 FROM pg_region_m2 ORDER BY region) TO 'PGREG' WITH CSV
SQL
sed -i "s|PGHAZ|$work/pg-hazards.csv|; s|PGREG|$work/pg-regions.csv|" "$work/postgis.sql"
echo "PostGIS roll-up..." >&2
psql -q "$pg" -f "$work/postgis.sql" > "$work/pg-timing.txt"
pg_ms=$(grep -o 'Time: [0-9.]*' "$work/pg-timing.txt" | awk '{ s += $2 } END { printf "%.0f", s }')

echo "Safeground roll-up..." >&2
"$work/bench/Safeground.Bench" rollup "$store" "$work/sg" > "$work/sg-timing.txt"
cat "$work/sg-timing.txt" >&2

python3 - "$work" "$pg_ms" "$root/bench/results/rollup-postgis.md" "$(gdalinfo --version)" "$(psql -At "$pg" -c 'SELECT postgis_lib_version()')" <<'PY'
import csv, sys, json, datetime, os
work, pg_ms, out, gdal, postgis = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
def load(p): return {r[0]: float(r[1]) for r in csv.reader(open(p))}
pgh, pgr = load(f"{work}/pg-hazards.csv"), load(f"{work}/pg-regions.csv")
sg = json.load(open(f"{work}/sg/timings.json"))
res = {}
for name in ("stored", "recomputed"):
    h, r = load(f"{work}/sg/{name}-hazards.csv"), load(f"{work}/sg/{name}-regions.csv")
    def worst(a, b):
        # Relative differences over areas of at least 100 m² (a closed hazard's 1e-5 m² of round-off
        # is not a relative question); absolute differences over all.
        keys = set(a) | set(b)
        missing = [k for k in keys if k not in a or k not in b]
        both = [k for k in keys if k in a and k in b]
        rel = max((abs(a[k] - b[k]) / abs(b[k]) for k in both if abs(b[k]) >= 100), default=0)
        ab = max((abs(a[k] - b[k]) for k in both), default=0)
        return rel, ab, len(missing)
    res[name] = (worst(h, pgh), worst(r, pgr), sum(r.values()), sum(pgr.values()))
lines = [f"# Land-release roll-up, national demo: Safeground vs PostGIS ({datetime.date.today()}, {os.cpu_count()} cores, PostGIS {postgis}, {gdal})", "",
         f"{len(pgh):,} hazards, {len(pgr)} regions. PostGIS: {pg_ms/1000:.2f} s (ST_Union + ST_Difference per hazard, ST_Area(geography), ST_Intersection per region).", "",
         "| Safeground | time s | PostGIS s | ratio (PostGIS / Safeground) | max rel. diff per hazard (≥ 100 m²) | max abs. diff per hazard m² | max rel. diff per region | hazards missing on one side |",
         "|---|---:|---:|---:|---:|---:|---:|---:|"]
for name, label in (("stored", "roll-up from the stored projections (what `status --by region` does)"), ("recomputed", "recomputed like PostGIS (perimeter − releases, geodesic areas)")):
    (hr, ha, hm), (rr, ra, rm), s1, s2 = res[name]
    t = sg[name]
    lines.append(f"| {label} | {t:.2f} | {pg_ms/1000:.2f} | {pg_ms/1000/t:.1f}× | {hr:.2e} | {ha:.2e} | {rr:.2e} | {hm} |")
lines += ["", f"Total remaining: Safeground {res['stored'][2]/1e4:,.2f} ha, PostGIS {res['stored'][3]/1e4:,.2f} ha."]
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
