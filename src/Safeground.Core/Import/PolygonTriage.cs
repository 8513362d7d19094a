using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;
using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Import;

/// <summary>
/// Decides what to do with a dirty hazard polygon from the field: keep it, repair it (saying what
/// changed), or reject it (saying why). Never drops a feature silently.
/// </summary>
/// <remarks>
/// The faults are the ones GICHD had to write SQL checks for before migrating IMSMA data: null
/// geometries, rings with fewer than 3 distinct vertices, self-intersections, wrong ring order,
/// slivers, and positions with latitude and longitude swapped.
/// </remarks>
public sealed class PolygonTriage(double minimumAreaM2 = 1.0)
{
    public double MinimumAreaM2 { get; } = minimumAreaM2;

    public TriageResult Triage(NtsGeometry? input)
    {
        if (input is null || input.IsEmpty) return TriageResult.Reject("no geometry");
        if (input is not (Polygon or MultiPolygon))
            return TriageResult.Reject($"a {input.GeometryType} is not a hazard perimeter (a Polygon or MultiPolygon is needed)");

        // NaN compares false with every bound below, and its area is NaN, which is not below any minimum.
        if (HasNonFinite(input)) return TriageResult.Reject("a coordinate is not a number (NaN or infinite)");

        var notes = new List<string>();
        var g = input;
        var env = g.EnvelopeInternal;
        if (env.MinY < -90 || env.MaxY > 90)
        {
            if (env.MinX < -90 || env.MaxX > 90)
                return TriageResult.Reject(FormattableString.Invariant($"coordinates out of range (lon {env.MinX:0.######}..{env.MaxX:0.######}, lat {env.MinY:0.######}..{env.MaxY:0.######})"));
            g = Geo.SwapAxes(g);
            notes.Add("latitude and longitude were swapped; swapped back");
        }
        else if (env.MinX < -180 || env.MaxX > 180)
        {
            return TriageResult.Reject(FormattableString.Invariant($"longitude out of range ({env.MinX:0.######}..{env.MaxX:0.######})"));
        }

        // Areas read edges as geodesics, the short way round: a ring from lon −170 to 170 would count 20°, not 340°.
        if (g.EnvelopeInternal.Width > 180)
            return TriageResult.Reject(FormattableString.Invariant($"spans {g.EnvelopeInternal.Width:0.###}° of longitude; no hazard spans more than 180°"));

        var polygons = new List<Polygon>();
        for (int i = 0; i < g.NumGeometries; i++)
        {
            var part = (Polygon)g.GetGeometryN(i);
            var label = g.NumGeometries > 1 ? $"part {i + 1}: " : "";
            int shellPoints = DistinctVertices(part.ExteriorRing);
            if (shellPoints < 3)
            {
                notes.Add($"{label}outer ring has {shellPoints} distinct vertices (at least 3 are needed); part dropped");
                continue;
            }
            var holes = new List<LinearRing>();
            for (int h = 0; h < part.NumInteriorRings; h++)
            {
                var hole = (LinearRing)part.GetInteriorRingN(h);
                int n = DistinctVertices(hole);
                if (n < 3) notes.Add($"{label}hole {h + 1} has {n} distinct vertices; hole dropped");
                else holes.Add(hole);
            }
            polygons.Add(holes.Count == part.NumInteriorRings ? part : Geo.Factory.CreatePolygon((LinearRing)part.ExteriorRing, holes.ToArray()));
        }
        if (polygons.Count == 0) return TriageResult.Reject(notes.Count == 1 ? notes[0].Replace("; part dropped", "", StringComparison.Ordinal) : string.Join("; ", notes));
        g = polygons.Count == 1 ? polygons[0] : Geo.Factory.CreateMultiPolygon(polygons.ToArray());

        var validity = new IsValidOp(g).ValidationError;
        if (validity is not null)
        {
            var repaired = Polygons.Polygonal(GeometryFixer.Fix(g));
            if (repaired.IsEmpty) return TriageResult.Reject($"{Describe(validity)}; nothing left after repair");
            notes.Add($"{Describe(validity)}; repaired, area now {Area(Polygons.AreaM2(repaired))}");
            g = repaired;
        }

        double area = Polygons.AreaM2(g);
        if (area < MinimumAreaM2)
            return TriageResult.Reject(FormattableString.Invariant($"sliver: {area:0.###} m² is below the minimum of {MinimumAreaM2:0.###} m²"));

        var oriented = Orient(g, out bool reversed);
        if (reversed) notes.Add("ring order normalised (outer rings counter-clockwise)");
        bool changed = notes.Exists(n => !n.StartsWith("ring order", StringComparison.Ordinal));
        return new TriageResult(changed ? TriageOutcome.Repaired : TriageOutcome.Kept, oriented, notes);
    }

    private static bool HasNonFinite(NtsGeometry g)
    {
        var filter = new FiniteFilter();
        g.Apply(filter);
        return filter.Found;
    }

    private sealed class FiniteFilter : ICoordinateSequenceFilter
    {
        public bool Found { get; private set; }
        public bool Done => Found;
        public bool GeometryChanged => false;

        public void Filter(CoordinateSequence seq, int i)
        {
            if (!double.IsFinite(seq.GetX(i)) || !double.IsFinite(seq.GetY(i))) Found = true;
        }
    }

    private static string Describe(TopologyValidationError e) =>
        FormattableString.Invariant($"{e.Message.ToLowerInvariant()} at {e.Coordinate?.X:0.######} {e.Coordinate?.Y:0.######}");

    private static string Area(double m2) => m2.ToString("#,0.##", CultureInfo.InvariantCulture) + " m²";

    private static int DistinctVertices(LineString ring)
    {
        var seen = new HashSet<Coordinate>();
        foreach (var c in ring.Coordinates) seen.Add(c);
        return seen.Count;
    }

    // RFC 7946 and most GIS tools expect counter-clockwise outer rings and clockwise holes.
    private static NtsGeometry Orient(NtsGeometry g, out bool reversed)
    {
        var oriented = g is Polygon p ? (NtsGeometry)OrientPolygon(p) : Geo.Factory.CreateMultiPolygon(
            Enumerable.Range(0, g.NumGeometries).Select(i => OrientPolygon((Polygon)g.GetGeometryN(i))).ToArray());
        reversed = !oriented.EqualsExact(g);
        return reversed ? oriented : g;
    }

    private static Polygon OrientPolygon(Polygon p)
    {
        var shell = (LinearRing)p.ExteriorRing;
        if (!shell.IsCCW) shell = (LinearRing)shell.Reverse();
        var holes = new LinearRing[p.NumInteriorRings];
        for (int i = 0; i < holes.Length; i++)
        {
            var h = (LinearRing)p.GetInteriorRingN(i);
            holes[i] = h.IsCCW ? (LinearRing)h.Reverse() : h;
        }
        return Geo.Factory.CreatePolygon(shell, holes);
    }
}
