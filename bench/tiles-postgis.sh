#!/usr/bin/env bash
# Vector tiles on the national demo: Safeground's /tiles beside PostGIS ST_AsMVT on the same data and
# the same fixed list of 1,000 tiles (z8–z14, around hazards, drawn with a fixed seed), for each of the
# four layers, in the same run, cold: both servers freshly started and warmed on 1,000 other tiles,
# then every tile of the list asked once (no tile cache can answer it).
#   PostGIS: the store's layers loaded with ogr2ogr, a Web Mercator copy of each geometry with a GiST
#            index (the tuned set-up: no reprojection per tile), one SQL function per layer doing what
#            Safeground does (ST_AsMVTGeom clips with a 64-unit buffer and snaps to the 4096 grid;
#            finds below z12 grouped per 64-unit cell); psql runs one statement per tile over a
#            Unix socket, one client per worker.
#   Safeground: `safeground serve` on the same store, the Safeground.Bench tile client over HTTP
#            keep-alive, one connection per worker.
# Then wrk (16 and 64 connections, 20 s each) on two OGC items pages and on the all-layer tiles of the
# list (warm: the tiles were drawn above), with p50/p99.
# Usage: [NATIONAL=store.gpkg] [WORKERS=2] bench/tiles-postgis.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sg-tiles-XXXX)
chmod 755 "$work" # the PostgreSQL server runs as the postgres user
port=55434
http_port=18181
workers=${WORKERS:-2}
server_pid=
cleanup() {
  # SIGTERM, not SIGINT: a background job of a script starts with SIGINT ignored.
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  "$root/scripts/postgres" stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT
"$root/scripts/setup"
command -v wrk >/dev/null || { sudo -n true 2>/dev/null && s=sudo || s=; $s apt-get install -y -qq wrk >/dev/null; }

dotnet build "$root/src/Safeground.Cli" -c Release -o "$work/cli" -v quiet -nologo -clp:ErrorsOnly
dotnet build "$root/bench/Safeground.Bench" -c Release -o "$work/bench" -v quiet -nologo -clp:ErrorsOnly
store=${NATIONAL:-$work/national.gpkg}
if [ ! -f "$store" ]; then
  echo "writing the national demo (about 100 s)..." >&2
  "$work/cli/safeground" demo --scale national --store "$store" --no-status >&2
fi

# The fixed tile list: 1,000 tiles, z8..z14, each containing the centre of a hazard drawn with seed 42.
# And a warm-up list for both servers, not measured: 1,000 other tiles drawn the same way with seed 7,
# none of them in the measured list. A server that has run for a while has compiled its code (.NET's
# JIT) and has its indexes in memory; the measured tiles are still drawn for the first time.
python3 - "$store" "$work/tiles.txt" "$work/warm.txt" <<'PY'
import math, random, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
boxes = db.execute("SELECT minx, maxx, miny, maxy FROM rtree_hazards_geom ORDER BY id").fetchall()
def draw(seed, exclude):
    rnd = random.Random(seed)
    tiles, seen = [], set(exclude)
    while len(tiles) < 1000:
        minx, maxx, miny, maxy = rnd.choice(boxes)
        lon, lat, z = (minx + maxx) / 2, (miny + maxy) / 2, rnd.randint(8, 14)
        n = 2 ** z
        x = int((lon + 180) / 360 * n)
        y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
        if (z, x, y) not in seen:
            seen.add((z, x, y)); tiles.append((z, x, y))
    return tiles
measured = draw(42, ())
warm = draw(7, measured)
for path, tiles in ((sys.argv[2], measured), (sys.argv[3], warm)):
    open(path, "w").write("".join(f"{z} {x} {y}\n" for z, x, y in tiles))
PY
for layer in hazards released finds accidents; do
  sed "s/^/$layer /" "$work/tiles.txt" > "$work/tiles-$layer.txt"
  sed "s/^/$layer /" "$work/warm.txt" > "$work/warm-$layer.txt"
done

conn=$("$root/scripts/postgres" start "$work/pg" "$port")
psql -q "$conn" -c "CREATE DATABASE bench" >/dev/null
pg="$conn dbname=bench"
psql -q "$pg" -c "CREATE EXTENSION postgis" >/dev/null
echo "loading $store into PostGIS (ogr2ogr)..." >&2
ogr2ogr -f PostgreSQL "PG:$pg" "$store" hazards released_areas finds accidents \
  -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=NONE --config PG_USE_COPY YES
psql -q "$pg" >/dev/null <<'SQL'
DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['hazards', 'released_areas', 'finds', 'accidents'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN g3857 geometry', t);
    EXECUTE format('UPDATE %I SET g3857 = ST_Transform(geom, 3857)', t);
    EXECUTE format('CREATE INDEX ON %I USING gist (g3857)', t);
  END LOOP;
END $$;
ANALYZE;
CREATE FUNCTION tile_hazards(z int, x int, y int) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT ST_AsMVT(t, 'hazards', 4096, 'g') FROM (
    SELECT ST_AsMVTGeom(g3857, ST_TileEnvelope(z, x, y), 4096, 64, true) AS g, hazard_id, class, status, remaining_m2
    FROM hazards WHERE g3857 && ST_TileEnvelope(z, x, y, margin => 64.0 / 4096)) t WHERE g IS NOT NULL $f$;
CREATE FUNCTION tile_released(z int, x int, y int) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT ST_AsMVT(t, 'released', 4096, 'g') FROM (
    SELECT ST_AsMVTGeom(g3857, ST_TileEnvelope(z, x, y), 4096, 64, true) AS g, hazard_id, report_id, method, area_m2, date::text AS date
    FROM released_areas WHERE g3857 && ST_TileEnvelope(z, x, y, margin => 64.0 / 4096)) t WHERE g IS NOT NULL $f$;
-- Below z12 finds are counted per cell of a 64 x 64 grid over the tile, at the mean position of the
-- cell's finds, with a count per category, as Safeground does.
CREATE FUNCTION tile_finds(z int, x int, y int) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT CASE WHEN z >= 12 THEN (
    SELECT ST_AsMVT(t, 'finds', 4096, 'g') FROM (
      SELECT ST_AsMVTGeom(g3857, ST_TileEnvelope(z, x, y), 4096, 64, true) AS g, report_id, idx AS find_index, category, model, quantity, date::text AS date
      FROM finds WHERE g3857 && ST_TileEnvelope(z, x, y)) t WHERE g IS NOT NULL)
  ELSE (
    SELECT ST_AsMVT(t, 'finds', 4096, 'g') FROM (
      SELECT ST_AsMVTGeom(ST_Centroid(ST_Collect(g3857)), ST_TileEnvelope(z, x, y), 4096, 0, false) AS g, count(*) AS count,
             count(*) FILTER (WHERE category = 'ap-mine') AS ap_mine, count(*) FILTER (WHERE category = 'at-mine') AS at_mine, count(*) FILTER (WHERE category = 'uxo') AS uxo, count(*) FILTER (WHERE category = 'axo') AS axo, count(*) FILTER (WHERE category = 'submunition') AS submunition, count(*) FILTER (WHERE category = 'ied') AS ied, count(*) FILTER (WHERE category = 'small-arms-ammunition') AS small_arms_ammunition
      FROM (SELECT g3857, category, ST_SnapToGrid(g3857, ST_XMin(e), ST_YMin(e), (ST_XMax(e) - ST_XMin(e)) / 64, (ST_YMax(e) - ST_YMin(e)) / 64) AS cell
            FROM finds, ST_TileEnvelope(z, x, y) e WHERE g3857 && e) c
      GROUP BY cell) t WHERE g IS NOT NULL) END $f$;
CREATE FUNCTION tile_accidents(z int, x int, y int) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT ST_AsMVT(t, 'accidents', 4096, 'g') FROM (
    SELECT ST_AsMVTGeom(g3857, ST_TileEnvelope(z, x, y), 4096, 64, true) AS g, report_id, date::text AS date, is_demining, killed, injured
    FROM accidents WHERE g3857 && ST_TileEnvelope(z, x, y, margin => 64.0 / 4096)) t WHERE g IS NOT NULL $f$;
SQL
"$root/scripts/postgres" stop "$work/pg" >/dev/null
conn=$("$root/scripts/postgres" start "$work/pg" "$port") # cold: a fresh server
pg="$conn dbname=bench"

# PostGIS: each worker runs its share of the list, one statement per tile.
postgis_run() { # layer [list]
  local layer=$1 list=${2:-$work/tiles.txt} start end
  rm -f "$work"/pgpart-"$layer"-*
  split -n "l/$workers" -d "$list" "$work/pgpart-$layer-"
  start=$(date +%s.%N)
  for part in "$work"/pgpart-"$layer"-*; do
    awk -v l="$layer" '{ printf "SELECT length(tile_%s(%d, %d, %d));\n", l, $1, $2, $3 }' "$part" > "$part.sql"
    psql -qAt "$pg" -f "$part.sql" > "$part.out" &
  done
  wait
  end=$(date +%s.%N)
  python3 -c "import sys; n=sum(1 for _ in open('$work/tiles.txt')); s=$end-$start; b=sum(int(l) for f in sys.argv[1:] for l in open(f) if l.strip()); print(f'{{\"tiles\": {n}, \"seconds\": {s:.3f}, \"tiles_per_s\": {n/s:.1f}, \"bytes\": {b}}}')" "$work"/pgpart-"$layer"-*.out
}
for layer in hazards released finds accidents; do
  echo "PostGIS $layer..." >&2
  postgis_run "$layer" "$work/warm.txt" > /dev/null
  postgis_run "$layer" > "$work/pg-$layer.json"
  cat "$work/pg-$layer.json" >&2
done

# Safeground: a fresh server (empty tile cache), the same list, read by a viewer with an API token.
if ! "$work/cli/safeground" user list --store "$store" | grep -q '│ bench '; then
  head -c 24 /dev/urandom | base64 | "$work/cli/safeground" user add bench --role viewer --name "Benchmark client" --password-stdin --store "$store" >&2
fi
token=$("$work/cli/safeground" user token bench --name "tiles $(date +%s)" --days 1 --store "$store" 2>/dev/null)
# Both sides read their files from the OS page cache: PostgreSQL's were just written by the load, the
# GeoPackage is read once here. "Cold" is about tile caches: neither server has drawn a tile yet.
cat "$store" > /dev/null
"$work/cli/safeground" serve --store "$store" --port "$http_port" > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do grep -q "serves" "$work/serve.log" && break; sleep 1; done
base="http://127.0.0.1:$http_port"
for layer in hazards released finds accidents; do
  echo "Safeground $layer..." >&2
  "$work/bench/Safeground.Bench" tiles "$base/tiles/{layer}/{z}/{x}/{y}.mvt" "$work/warm-$layer.txt" "$workers" "$token" > /dev/null
  "$work/bench/Safeground.Bench" tiles "$base/tiles/{layer}/{z}/{x}/{y}.mvt" "$work/tiles-$layer.txt" "$workers" "$token" > "$work/sg-$layer.json"
  cat "$work/sg-$layer.json" >&2
done

# wrk: throughput and latency at 16 and 64 connections, warm.
cat > "$work/tiles.lua" <<LUA
local tiles, i = {}, 0
for line in io.lines("$work/tiles.txt") do
  local z, x, y = line:match("(%S+) (%S+) (%S+)")
  tiles[#tiles + 1] = "/tiles/" .. z .. "/" .. x .. "/" .. y .. ".mvt"
end
request = function() i = i % #tiles + 1; return wrk.format("GET", tiles[i]) end
LUA
bbox=$(python3 -c "
import sqlite3; db = sqlite3.connect('file:$store?mode=ro', uri=True)
x0, x1, y0, y1 = db.execute('SELECT minx, maxx, miny, maxy FROM rtree_hazards_geom ORDER BY id LIMIT 1').fetchone()
print(f'{x0-0.05},{y0-0.05},{x1+0.05},{y1+0.05}')")
hazard_items="/ogc/collections/hazards/items?limit=10&bbox=$bbox"
find_items="/ogc/collections/finds/items?limit=100&bbox=$bbox"
wrk_run() { # name connections [args]
  local name=$1 c=$2; shift 2
  wrk -t2 -c"$c" -d20s --latency -H "Authorization: Bearer $token" "$@" > "$work/wrk-$c.txt"
  python3 - "$work/wrk-$c.txt" "$name" "$c" <<'PY'
import re, sys, json
t = open(sys.argv[1]).read()
def ms(label):
    m = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", t)
    v, u = float(m.group(1)), m.group(2)
    return round(v / 1000 if u == "us" else v * 1000 if u == "s" else v, 2)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(json.dumps({"target": sys.argv[2], "connections": int(sys.argv[3]),
    "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)),
    "p50_ms": ms("50%"), "p99_ms": ms("99%"), "non_2xx": int(non2xx.group(1)) if non2xx else 0}))
PY
}
: > "$work/wrk.jsonl"
for c in 16 64; do
  echo "wrk $c connections..." >&2
  wrk_run "hazards items (limit 10, bbox)" "$c" "$base$hazard_items" >> "$work/wrk.jsonl"
  wrk_run "finds items (limit 100, bbox)" "$c" "$base$find_items" >> "$work/wrk.jsonl"
  wrk_run "tiles, all layers (the 1,000)" "$c" -s "$work/tiles.lua" "$base" >> "$work/wrk.jsonl"
done
cat "$work/wrk.jsonl" >&2

python3 - "$work" "$root/bench/results/tiles-postgis.md" "$workers" "$(psql -At "$pg" -c 'SELECT postgis_lib_version()')" "$(basename "$store")" <<'PY'
import json, sys, datetime, os
work, out, workers, postgis, store = sys.argv[1:6]
rows = []
for layer in ("hazards", "released", "finds", "accidents"):
    pg = json.load(open(f"{work}/pg-{layer}.json")); sg = json.load(open(f"{work}/sg-{layer}.json"))
    rows.append(f"| {layer} | {pg['tiles_per_s']} | {sg['tiles_per_s']} | **{sg['tiles_per_s'] / pg['tiles_per_s']:.2f}×** | {pg['bytes']:,} | {sg['bytes']:,} | {sg['p50_ms']} / {sg['p99_ms']} |")
wrk = [json.loads(l) for l in open(f"{work}/wrk.jsonl")]
text = f"""# Vector tiles: Safeground beside PostGIS ST_AsMVT

Run {datetime.datetime.now():%Y-%m-%d %H:%M} on {os.cpu_count()} cores, store `{store}`, PostGIS {postgis},
1,000 fixed tiles (z8–z14, seed 42) per layer, {workers} workers each side; both servers freshly started and
warmed on 1,000 other tiles (seed 7, none in the list), then each tile of the list drawn for the first time.

| layer | PostGIS tiles/s | Safeground tiles/s | ratio | PostGIS bytes | Safeground bytes | Safeground p50 / p99 ms |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

wrk, 20 s, warm (tiles cached after the first pass):

| target | connections | requests/s | p50 ms | p99 ms | non-2xx |
|---|---|---|---|---|---|
""" + "\n".join(f"| {w['target']} | {w['connections']} | {w['requests_per_s']:.0f} | {w['p50_ms']} | {w['p99_ms']} | {w['non_2xx']} |" for w in wrk) + "\n"
open(out, "w").write(text)
print(text)
PY
