using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;
using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Rollups;

/// <summary>
/// Hazardous land as opposed to hazard records: where two hazards' remaining polygons overlap, the sum of
/// records counts that land twice. The land is the union of the remaining polygons (ellipsoidal m²); what the
/// sum counts twice is records − land.
/// </summary>
/// <remarks>
/// Only polygons whose bounding boxes chain together can overlap: an STRtree over the boxes finds the
/// clusters (connected components of "boxes meet"), and only a cluster of two or more is unioned
/// (<see cref="UnaryUnionOp"/>, OverlayNG through <see cref="Geo.Factory"/>). A lone hazard's land is its
/// record, exactly, so a store without overlaps has land == records to the last digit.
/// </remarks>
public sealed class HazardousLand
{
    /// <summary>Less than this many m² counted twice is round-off of the union, not land under two records.</summary>
    public const double RoundOffM2 = 1e-3;

    private readonly List<NtsGeometry> _shapes = [];
    private readonly List<double> _m2 = [];
    private List<LandCluster>? _clusters;

    /// <summary>How many polygons were added.</summary>
    public int Count => _shapes.Count;

    /// <summary>Adds one hazard's remaining polygon and its area (m²); returns its index, or -1 if it is empty.</summary>
    public int Add(NtsGeometry remaining, double remainingM2)
    {
        ArgumentNullException.ThrowIfNull(remaining);
        if (remaining.IsEmpty || remainingM2 <= 0) return -1;
        _clusters = null;
        _shapes.Add(remaining);
        _m2.Add(remainingM2);
        return _shapes.Count - 1;
    }

    /// <summary>The sum of the records added (m²).</summary>
    public double RecordsM2 => _m2.Sum();

    /// <summary>The land under them: the union's area (m²).</summary>
    public double LandM2 => RecordsM2 - CountedTwiceM2;

    /// <summary>Land under more than one record, counted once per extra record (m²): records − land.</summary>
    public double CountedTwiceM2 => Clusters().Sum(c => c.CountedTwiceM2);

    /// <summary>The clusters of two or more polygons whose boxes chain together: the only places land can be counted twice.</summary>
    public IReadOnlyList<LandCluster> Clusters()
    {
        if (_clusters is not null) return _clusters;
        var parent = new int[_shapes.Count];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        var tree = new STRtree<int>();
        for (int i = 0; i < _shapes.Count; i++) tree.Insert(_shapes[i].EnvelopeInternal, i);
        tree.Build();
        for (int i = 0; i < _shapes.Count; i++)
        {
            foreach (int j in tree.Query(_shapes[i].EnvelopeInternal))
            {
                if (j <= i) continue;
                int a = Root(i), b = Root(j);
                if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < parent.Length; i++)
        {
            int r = Root(i);
            if (!members.TryGetValue(r, out var list)) members[r] = list = [];
            list.Add(i);
        }
        _clusters = members.Values.Where(m => m.Count > 1).Select(m => new LandCluster(this, m)).ToList();
        return _clusters;
    }

    /// <summary>Σ records − union of the polygons at <paramref name="indexes"/> (m², never below 0; round-off counts as 0).</summary>
    public double CountedTwice(IReadOnlyCollection<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        if (indexes.Count < 2) return 0;
        double records = indexes.Sum(i => _m2[i]);
        double twice = records - Polygons.AreaM2(Union(indexes));
        return twice < RoundOffM2 ? 0 : twice;
    }

    /// <summary>The union of the polygons at <paramref name="indexes"/>.</summary>
    public NtsGeometry Union(IEnumerable<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        var parts = indexes.Select(i => _shapes[i]).ToList();
        if (parts.Count == 1) return parts[0];
        var union = UnaryUnionOp.Union(parts, Geo.Factory);
        return Polygons.Polygonal(union);
    }

    /// <summary>The record (remaining polygon) at <paramref name="index"/>.</summary>
    public NtsGeometry Shape(int index) => _shapes[index];

    /// <summary>The record's area (m²) at <paramref name="index"/>.</summary>
    public double AreaM2(int index) => _m2[index];
}
