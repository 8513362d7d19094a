using Safeground.Core.Ordnance;

namespace Safeground.Core.Reports;

/// <summary>A completion report: the final cleared polygon and the depth it was cleared to (IMAS 09.10).</summary>
public sealed record Completion(
    NetTopologySuite.Geometries.Geometry Cleared,
    int ClearanceDepthCm,
    IReadOnlyList<EoFind> Finds) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.Completion;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => Cleared;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body.cleared";
    [System.Text.Json.Serialization.JsonIgnore]
    public override IReadOnlyList<EoFind> AllFinds => Finds;
}
