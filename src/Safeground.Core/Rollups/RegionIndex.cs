using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Safeground.Core.Geometry;
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

    private readonly IPreparedGeometry[] _prepared;
    private readonly STRtree<int> _tree = new();
    private readonly List<int> _candidates = [];

    public RegionIndex(IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Regions = regions.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        _prepared = new IPreparedGeometry[Regions.Count];
        for (int i = 0; i < Regions.Count; i++)
        {
            _prepared[i] = PreparedGeometryFactory.Prepare(Regions[i].Boundary);
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
        var rest = polygonal;
        foreach (int i in _candidates)
        {
            if (rest.IsEmpty) break;
            if (!_prepared[i].Intersects(rest)) continue;
            var (taken, remainder) = Polygons.Split(rest, Regions[i].Boundary);
            if (taken.IsEmpty) continue;
            pieces.Add((i, Polygons.AreaM2(taken)));
            rest = remainder;
        }
        if (!rest.IsEmpty) pieces.Add((-1, Polygons.AreaM2(rest)));
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
