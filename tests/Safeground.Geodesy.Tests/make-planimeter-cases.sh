#!/usr/bin/env bash
# Regenerates planimeter-cases.json: the oracle areas for GeodesicAreaTests, computed by
# GeographicLib's Planimeter (Debian package geographiclib-tools) in its default mode (-G, series
# geodesics, accurate to round-off) with -p 10, its maximum for doubles (areas printed to 1e-5 m²).
# Each polygon's area is |outer ring| - sum |hole|, with every ring measured by Planimeter on its own,
# so ring orientation does not matter. Vertices are printed once (%.9f) and the very same decimal
# strings go both to Planimeter and into the WKT, so both sides parse identical doubles.
# Usage: ./make-planimeter-cases.sh > planimeter-cases.json
set -euo pipefail
command -v Planimeter >/dev/null || { echo "Planimeter not found (apt-get install geographiclib-tools)" >&2; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# lat lon hectares shape vertices orientation(ccw|cw) holes
cat <<'CASES' | LC_ALL=C awk -v tmp="$tmp" '
function lcg() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 }
function ring(clat, clon, ha, shape, k, cw,    i, j, ang, r, rr, dx, dy, n, coslat, w, h, t) {
  # Planimeter will give the true area; sizes here only need to land near the requested hectares.
  coslat = cos(clat * pi / 180)
  n = 0
  if (shape == "rect") {
    w = sqrt(ha * 1e4 * 2); h = w / 2
    X[0] = -w/2; Y[0] = -h/2; X[1] = w/2; Y[1] = -h/2; X[2] = w/2; Y[2] = h/2; X[3] = -w/2; Y[3] = h/2
    n = 4
  } else {
    r = sqrt(2 * ha * 1e4 / (k * sin(2 * pi / k)))
    for (i = 0; i < k; i++) {
      ang = 2 * pi * i / k
      rr = r
      if (shape == "star") rr = (i % 2 == 0) ? r * 1.4 : r * 0.6
      if (shape == "irregular") rr = r * (0.6 + 0.8 * lcg())
      X[n] = rr * cos(ang); Y[n] = rr * sin(ang); n++
    }
  }
  for (i = 0; i < n; i++) {
    j = cw ? n - 1 - i : i
    LAT[i] = sprintf("%.9f", clat + Y[j] / 111320)
    LON[i] = sprintf("%.9f", clon + X[j] / (111320 * coslat))
    if (LON[i] + 0 > 180) LON[i] = sprintf("%.9f", LON[i] - 360)
    if (LON[i] + 0 < -180) LON[i] = sprintf("%.9f", LON[i] + 360)
  }
  return n
}
function planimeter(n,    i, cmd, line, f) {
  cmd = "Planimeter -p 10 > " tmp
  for (i = 0; i < n; i++) print LAT[i], LON[i] | cmd
  close(cmd)
  getline line < tmp; close(tmp)
  split(line, f, " ")
  return f[3] < 0 ? -f[3] : f[3]
}
function wktring(n,    i, s) {
  s = "("
  for (i = 0; i < n; i++) s = s LON[i] " " LAT[i] ", "
  return s LON[0] " " LAT[0] ")"
}
BEGIN { pi = atan2(0, -1); seed = 20240521; first = 1; print "[" }
/^[^#]/ {
  lat = $1; lon = $2; ha = $3; shape = $4; k = $5; cw = ($6 == "cw"); nh = $7
  n = ring(lat, lon, ha, shape, k, cw)
  area = planimeter(n)
  wkt = "POLYGON (" wktring(n)
  desc = sprintf("%s %d-gon %g ha at %g,%g %s", shape, n, ha, lat, lon, $6)
  for (h = 0; h < nh; h++) {
    # Holes: small regular rings inside the outer one, alternating orientation.
    hn = ring(lat + (h == 0 ? 1 : -1) * sqrt(ha * 1e4) * 0.15 / 111320, lon, ha * 0.04, "ngon", 8, (h % 2 == 0) ? !cw : cw)
    area -= planimeter(hn)
    wkt = wkt ", " wktring(hn)
  }
  if (nh > 0) desc = desc sprintf(" with %d hole(s)", nh)
  wkt = wkt ")"
  if (!first) print ","
  first = 0
  printf "  {\"description\": \"%s\", \"wkt\": \"%s\", \"area\": %.5f}", desc, wkt, area
}
END { print ""; print "]" }
'
# Equator 1 degree cell and small polygons, all sizes, on the equator.
0 0.5 0.01 rect 4 ccw 0
0 10.5 0.1 ngon 6 cw 0
0 -20.5 1 ngon 12 ccw 0
0 30.5 10 star 10 cw 0
0 -40.5 100 irregular 16 ccw 0
0 50.5 1000 ngon 40 cw 0
0 -60.5 10000 rect 4 ccw 0
0.5 0 100 ngon 8 ccw 0
-0.2 0 10 rect 4 cw 0
# Tropics.
5 -75 0.01 ngon 5 cw 0
-8 35 0.1 star 8 ccw 0
12 100 1 irregular 9 cw 0
-15 -47 10 rect 4 ccw 0
18 -66 100 ngon 24 cw 0
-22 135 1000 star 14 ccw 0
23.4 78 10000 irregular 30 cw 0
# Mid latitudes.
30 31 0.01 irregular 7 ccw 0
-33 151 0.1 rect 4 cw 0
35 139 1 ngon 6 ccw 0
-38 -72 10 irregular 11 cw 0
40 -3.7 100 star 12 ccw 0
-41 174 1000 ngon 20 cw 0
45 15 10000 rect 4 ccw 0
48 2.3 0.05 ngon 10 cw 0
-50 -70 5000 irregular 25 ccw 0
52 -0.1 300 star 16 cw 0
# High latitudes up to 70.
55 37 0.01 ngon 4 ccw 0
-58 -65 0.1 irregular 8 cw 0
60 25 1 rect 4 ccw 0
-62 -58 10 ngon 12 cw 0
64 -21 100 irregular 13 ccw 0
-66 110 1000 star 18 cw 0
68 33 10000 ngon 36 ccw 0
69.5 -150 5000 rect 4 cw 0
-69.5 40 2000 irregular 20 ccw 0
# Near and across the antimeridian.
10 179.999 1 ngon 6 ccw 0
-20 -179.98 100 rect 4 cw 0
45 179.9 10000 ngon 16 ccw 0
# Polygons with holes.
0 20 100 ngon 12 ccw 1
3 -10 10000 rect 4 cw 2
-25 28 10 irregular 10 ccw 1
33 44 1000 ngon 8 cw 2
-45 170 5000 star 12 ccw 1
60 -150 300 ngon 20 cw 2
-70 0.01 10000 rect 4 ccw 1
15 105 1 ngon 6 ccw 1
CASES
