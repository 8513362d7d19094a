using Safeground.Core.Hazards;
using Safeground.Core.Reference;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>
/// One hazard's story before it is written as reports: where it is, what it holds, and on which day
/// (counted from the scale's first day) it is created, amended, cancelled in part and surveyed.
/// <see cref="Task"/> is what is left for clearance once those releases are taken out.
/// </summary>
internal sealed class HazardSketch
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public required Team Team { get; init; }
    public required DemoFrame Frame { get; init; }
    public required NtsGeometry Perimeter { get; init; }
    /// <summary>The perimeter a metre larger: every claim is cut from it (see <see cref="DemoClip.Grow"/>).</summary>
    public required NtsGeometry Grown { get; init; }
    public required HazardClass Class { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }
    public required Contamination Profile { get; init; }
    /// <summary>EO items per m² in the ground: what clearance will find.</summary>
    public required double Density { get; init; }
    public required int CreateDay { get; init; }
    public int? AmendDay { get; init; }
    public IReadOnlyList<Evidence> AmendEvidence { get; init; } = [];
    public int? CancelDay { get; init; }
    /// <summary>The part cancelled; null with a <see cref="CancelDay"/> means the whole hazard.</summary>
    public NtsGeometry? Cancelled { get; init; }
    public int? SurveyDay { get; init; }
    public NtsGeometry? Reduced { get; init; }
    public int SurveyFinds { get; init; }
    /// <summary>The u of the lines where NTS and TS cut the perimeter (see <see cref="DemoClip.WithCuts"/>).</summary>
    public required IReadOnlyList<double> Cuts { get; init; }
    public required NtsGeometry Task { get; init; }
    public required double TaskM2 { get; init; }
    /// <summary>The first day clearance may start: after the surveys that shaped <see cref="Task"/>.</summary>
    public required int ReadyDay { get; init; }

    /// <summary>
    /// What a completion report claims: the whole task, cut from <see cref="Grown"/> a little past its ends. On a small or
    /// narrow task those metres could be more than the check allows outside the hazard or over land survey cancelled:
    /// such a claim is drawn a decimetre past the task instead.
    /// </summary>
    public NtsGeometry CompletionArea()
    {
        var (a, b) = Frame.ExtentU(Task);
        var area = DemoClip.Band(Frame, Grown, a - 2, b + 2);
        double m2 = Safeground.Core.Spatial.Polygons.AreaM2(area);
        if (m2 <= 0 || (m2 - TaskM2) / m2 <= ClearanceScheduler.MaxOutsideShare) return area;
        return DemoClip.Band(Frame, DemoClip.Grow(Frame, Perimeter, 0.1), a - 0.1, b + 0.1);
    }

    public bool CancelledWhole => CancelDay is not null && Cancelled is null;
}
