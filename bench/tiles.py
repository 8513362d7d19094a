#!/usr/bin/env python3
"""Tiles per second from a running server: 200 tiles z8-z14 around the centre of /tiles/tiles.json's bounds,
each layer requested, first cold (rendered) then warm (cached).
Usage: bench/tiles.py http://127.0.0.1:8080 [LON LAT]  (a centre of your own instead of the bounds' centre)"""
import http.client, json, math, sys, time, urllib.parse

base = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080")
conn = http.client.HTTPConnection(base.hostname, base.port)

def get(path):
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read()

meta = json.loads(get("/tiles/tiles.json")[1])
b = meta["bounds"]
lon, lat = (float(sys.argv[2]), float(sys.argv[3])) if len(sys.argv) > 3 else ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
def tile(lon, lat, z):
    n = 2 ** z
    x = (lon + 180) / 360 * n
    y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n
    return int(x), int(y)
tiles = []
for z in range(8, 15):
    cx, cy = tile(lon, lat, z)
    r = 0
    while len([t for t in tiles if t[0] == z]) < 29 and r < 20:
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if max(abs(dx), abs(dy)) == r and len([t for t in tiles if t[0] == z]) < 29:
                    tiles.append((z, cx + dx, cy + dy))
        r += 1
tiles = tiles[:200]
for layer in [None, "hazards", "released", "finds", "accidents"]:
    for run in ["cold", "warm"]:
        start = time.perf_counter(); size = 0; nonempty = 0
        for z, x, y in tiles:
            status, body = get(f"/tiles/{layer}/{z}/{x}/{y}.mvt" if layer else f"/tiles/{z}/{x}/{y}.mvt")
            assert status in (200, 204), status
            size += len(body); nonempty += status == 200
        s = time.perf_counter() - start
        print(f"{layer or 'all':9} {run}: {len(tiles)} tiles ({nonempty} non-empty, {size/1024:.0f} KiB) in {s:.2f} s = {len(tiles)/s:.0f} tiles/s")
