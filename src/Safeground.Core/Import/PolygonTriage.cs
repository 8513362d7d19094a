using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;
using Safeground.Core.Spatial;
using Safeground.Core.Text;
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
        if (input is null || input.IsEmpty) return TriageResult.Reject(Texts.Render("import.triage.no-geometry"));
        if (input is not (Polygon or MultiPolygon))
            return TriageResult.Reject(Texts.Render("import.triage.not-a-polygon", ("type", input.GeometryType)));

        // NaN compares false with every bound below, and its area is NaN, which is not below any minimum.
        if (HasNonFinite(input)) return TriageResult.Reject(Texts.Render("import.triage.coordinate-not-a-number"));

        var notes = new List<string>();
        var g = input;
        var env = g.EnvelopeInternal;
        if (env.MinY < -90 || env.MaxY > 90)
        {
            if (env.MinX < -90 || env.MaxX > 90)
                return TriageResult.Reject(Texts.Render("import.triage.out-of-range",
                    ("minLon", Degrees(env.MinX)), ("maxLon", Degrees(env.MaxX)), ("minLat", Degrees(env.MinY)), ("maxLat", Degrees(env.MaxY))));
            g = Geo.SwapAxes(g);
            notes.Add(Texts.Render("import.triage.swapped"));
        }
        else if (env.MinX < -180 || env.MaxX > 180)
        {
            return TriageResult.Reject(Texts.Render("import.triage.longitude-out-of-range", ("minLon", Degrees(env.MinX)), ("maxLon", Degrees(env.MaxX))));
        }

        // Areas read edges as geodesics, the short way round: a ring from lon −170 to 170 would count 20°, not 340°.
        if (g.EnvelopeInternal.Width > 180)
            return TriageResult.Reject(Texts.Render("import.triage.too-wide", ("width", Math.Round(g.EnvelopeInternal.Width, 3))));

        var polygons = new List<Polygon>();
        bool parts = g.NumGeometries > 1; // a part is named only when there are several
        for (int i = 0; i < g.NumGeometries; i++)
        {
            var part = (Polygon)g.GetGeometryN(i);
            int shellPoints = DistinctVertices(part.ExteriorRing);
            if (shellPoints < 3)
            {
                // A lone polygon with no outer ring is refused, not "dropped": nothing of it was kept.
                if (!parts) return new TriageResult(TriageOutcome.Rejected, null, [.. notes, Texts.Render("import.triage.outer-ring-too-few", ("count", shellPoints))]);
                notes.Add(Texts.Render("import.triage.part-outer-ring-dropped", ("part", i + 1), ("count", shellPoints)));
                continue;
            }
            var holes = new List<LinearRing>();
            for (int h = 0; h < part.NumInteriorRings; h++)
            {
                var hole = (LinearRing)part.GetInteriorRingN(h);
                int n = DistinctVertices(hole);
                if (n >= 3) holes.Add(hole);
                else if (parts) notes.Add(Texts.Render("import.triage.part-hole-dropped", ("part", i + 1), ("hole", h + 1), ("count", n)));
                else notes.Add(Texts.Render("import.triage.hole-dropped", ("hole", h + 1), ("count", n)));
            }
            polygons.Add(holes.Count == part.NumInteriorRings ? part : Geo.Factory.CreatePolygon((LinearRing)part.ExteriorRing, holes.ToArray()));
        }
        if (polygons.Count == 0) return TriageResult.Reject(string.Join("; ", notes));
        g = polygons.Count == 1 ? polygons[0] : Geo.Factory.CreateMultiPolygon(polygons.ToArray());

        var validity = new IsValidOp(g).ValidationError;
        if (validity is not null)
        {
            var repaired = Polygons.Polygonal(GeometryFixer.Fix(g));
            var (problem, x, y) = Describe(validity);
            if (repaired.IsEmpty) return TriageResult.Reject(Texts.Render("import.triage.invalid-nothing-left", ("problem", problem), ("x", x), ("y", y)));
            notes.Add(Texts.Render("import.triage.invalid-repaired", ("problem", problem), ("x", x), ("y", y), ("area", Polygons.AreaM2(repaired))));
            g = repaired;
        }

        double area = Polygons.AreaM2(g);
        if (area < MinimumAreaM2)
            return TriageResult.Reject(Texts.Render("import.triage.sliver", ("area", area), ("minimum", MinimumAreaM2)));

        var oriented = Orient(g, out bool reversed);
        bool changed = notes.Count > 0; // every note so far changed the land; the ring order below does not
        if (reversed) notes.Add(Texts.Render("import.triage.ring-order"));
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

    // NTS says what is wrong in English: each kind of fault has a text of its own; a kind NTS adds later shows in NTS's words.
    internal static (string Problem, string X, string Y) Describe(TopologyValidationError e)
    {
        string problem = e.ErrorType switch
        {
            TopologyValidationErrors.HoleOutsideShell => Texts.Render("import.topology.hole-outside-shell"),
            TopologyValidationErrors.NestedHoles => Texts.Render("import.topology.nested-holes"),
            TopologyValidationErrors.DisconnectedInteriors => Texts.Render("import.topology.disconnected-interior"),
            TopologyValidationErrors.SelfIntersection => Texts.Render("import.topology.self-intersection"),
            TopologyValidationErrors.RingSelfIntersection => Texts.Render("import.topology.ring-self-intersection"),
            TopologyValidationErrors.NestedShells => Texts.Render("import.topology.nested-shells"),
            TopologyValidationErrors.DuplicateRings => Texts.Render("import.topology.duplicate-rings"),
            TopologyValidationErrors.TooFewPoints => Texts.Render("import.topology.too-few-points"),
            TopologyValidationErrors.InvalidCoordinate => Texts.Render("import.topology.invalid-coordinate"),
            TopologyValidationErrors.RingNotClosed => Texts.Render("import.topology.ring-not-closed"),
            _ => e.Message.ToLowerInvariant(),
        };
        return (problem, e.Coordinate is { } c ? Degrees(c.X) : "", e.Coordinate is { } d ? Degrees(d.Y) : "");
    }

    // A position as a GIS writes it (six decimals, about 10 cm), not a figure in the reader's number format.
    private static string Degrees(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

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
