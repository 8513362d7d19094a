using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Safeground.Core.Spatial;
using Safeground.Core.Reference;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Rollups;

/// <summary>
/// Administrative regions ready for placing things: an STR-tree of their envelopes and prepared
/// boundaries, so a hazard that lies inside one region (nearly all of them) costs one covers test,
/// and only a hazard across a boundary pays for an overlay.
/// </summary>
/// <remarks>
/// Not thread-safe (prepared geometries build their indexes lazily); make one per thread.
/// Regions that overlap (boundaries digitised twice) never count the same m² twice: a polygon is
/// split by the regions in name order, each taking what is left.
/// </remarks>
public sealed class RegionIndex
{
    /// <summary>The group of what lies outside every region.</summary>
    public const string Outside = "(outside regions)";

    private readonly NtsGeometry[] _parts;
    private readonly IPreparedGeometry[] _prepared;
    private readonly STRtree<int> _tree = new();
    private readonly List<int> _candidates = [];

    public RegionIndex(IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Regions = regions.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        _parts = new NtsGeometry[Regions.Count];
        _prepared = new IPreparedGeometry[Regions.Count];
        for (int i = 0; i < Regions.Count; i++)
        {
            // Overlaps between regions (a boundary digitised twice) go to the first by name, once, here.
            var part = Regions[i].Boundary;
            for (int j = 0; j < i; j++) part = Polygons.Difference(part, _parts[j]);
            _parts[i] = part;
            _prepared[i] = PreparedGeometryFactory.Prepare(part);
            _tree.Insert(Regions[i].Boundary.EnvelopeInternal, i);
        }
        _tree.Build();
    }

    /// <summary>The regions, ordered by name; indexes returned by this class point into it.</summary>
    public IReadOnlyList<Region> Regions { get; }

    public bool IsEmpty => Regions.Count == 0;

    /// <summary>The name of region <paramref name="index"/>, or <see cref="Outside"/> for -1.</summary>
    public string NameOf(int index) => index < 0 ? Outside : Regions[index].Name;

    /// <summary>
    /// Splits a polygonal geometry by region into <paramref name="pieces"/> (region index, ellipsoidal m²;
    /// index -1 for the part outside every region). The pieces add up to the geometry's area to round-off:
    /// each cut is a <see cref="Polygons.Split"/>, whose new vertices lie on the geodesic edges areas are measured along.
    /// </summary>
    /// <param name="areaM2">The geometry's area when the caller knows it (a hazard's ledger has it), to save measuring it again.</param>
    public void Split(NtsGeometry polygonal, double? areaM2, List<(int Region, double M2)> pieces)
    {
        ArgumentNullException.ThrowIfNull(polygonal);
        ArgumentNullException.ThrowIfNull(pieces);
        pieces.Clear();
        if (polygonal.IsEmpty) return;
        Candidates(polygonal.EnvelopeInternal);
        foreach (int i in _candidates)
        {
            if (_prepared[i].Covers(polygonal))
            {
                pieces.Add((i, areaM2 ?? Polygons.AreaM2(polygonal)));
                return;
            }
        }
        // Each part is cut from the whole geometry, so the vertices a cut puts on its edges lie on the
        // same geodesics in every part (cutting the remainder again would move them off the next boundary).
        double whole = areaM2 ?? Polygons.AreaM2(polygonal), placed = 0;
        var outside = polygonal;
        foreach (int i in _candidates)
        {
            if (!_prepared[i].Intersects(polygonal)) continue;
            var (taken, _) = Polygons.Split(polygonal, _parts[i]);
            if (taken.IsEmpty) continue;
            double m2 = Polygons.AreaM2(taken);
            pieces.Add((i, m2));
            placed += m2;
            outside = Polygons.Difference(outside, _parts[i]);
        }
        if (pieces.Count == 0 || (!outside.IsEmpty && MeanWidthM(outside) >= SliverWidthM))
        {
            pieces.Add((-1, whole - placed));
            return;
        }
        // Nothing outside, or only a sliver: the polygon's vertices that an earlier cut moved onto its
        // geodesic edges sit millimetres off a boundary drawn as straight lon/lat lines. That is
        // round-off, not land outside: it goes with the largest part.
        int largest = 0;
        for (int k = 1; k < pieces.Count; k++) if (pieces[k].M2 > pieces[largest].M2) largest = k;
        pieces[largest] = (pieces[largest].Region, pieces[largest].M2 + whole - placed);
    }

    /// <summary>What lies outside every region, thinner than this on average, is a sliver of round-off along a boundary.</summary>
    public const double SliverWidthM = 0.05;

    // Twice the area over the perimeter: a strip's width. Metres per degree at the piece's latitude are close enough for a threshold.
    private static double MeanWidthM(NtsGeometry g)
    {
        double lat = g.EnvelopeInternal.Centre.Y, kx = 111_320 * Math.Cos(lat * Math.PI / 180), ky = 110_574, perimeter = 0;
        for (int p = 0; p < g.NumGeometries; p++)
        {
            var polygon = (Polygon)g.GetGeometryN(p);
            var rings = new List<LineString> { polygon.ExteriorRing };
            for (int h = 0; h < polygon.NumInteriorRings; h++) rings.Add(polygon.GetInteriorRingN(h));
            foreach (var ring in rings)
            {
                var c = ring.CoordinateSequence;
                for (int k = 1; k < c.Count; k++)
                    perimeter += Math.Sqrt(Math.Pow((c.GetX(k) - c.GetX(k - 1)) * kx, 2) + Math.Pow((c.GetY(k) - c.GetY(k - 1)) * ky, 2));
            }
        }
        return perimeter > 0 ? 2 * Polygons.AreaM2(g) / perimeter : 0;
    }

    /// <summary>
    /// The region a hazard is counted in by <c>status --by region</c> (and belongs to when it carries no
    /// region name): the one holding the largest part of its original area (remaining and released
    /// polygons split by boundary; first by name on a tie), or for a hazard without area the region of a
    /// point inside its perimeter; -1 outside every region. Keep in step with <see cref="RollupBuilder"/>.
    /// </summary>
    public int Home(Projections.HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        var shares = new SortedDictionary<int, double>();
        var pieces = new List<(int Region, double M2)>();
        void Add(NtsGeometry g, double m2)
        {
            Split(g, m2, pieces);
            foreach (var (region, part) in pieces) shares[region] = shares.GetValueOrDefault(region) + part;
        }
        Add(hazard.Remaining, hazard.RemainingM2);
        foreach (var r in hazard.Releases) Add(r.Area, r.AreaM2);
        int home = -1;
        double most = -1;
        foreach (var (region, m2) in shares)
            if (m2 > most) (home, most) = (region, m2);
        if (shares.Count == 0 && !hazard.Original.IsEmpty) home = Locate(hazard.Original.InteriorPoint);
        return home;
    }

    /// <summary>The region a point lies in (on a shared boundary: the first by name), or -1.</summary>
    public int Locate(Point point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.IsEmpty) return -1;
        Candidates(point.EnvelopeInternal);
        foreach (int i in _candidates)
            if (_prepared[i].Covers(point)) return i;
        return -1;
    }

    // Candidates in name order, so that a split or a point on a boundary comes out the same every run.
    private void Candidates(Envelope envelope)
    {
        _candidates.Clear();
        foreach (int i in _tree.Query(envelope)) _candidates.Add(i);
        _candidates.Sort();
    }
}
