using Safeground.Core.Ordnance;

namespace Safeground.Core.Reports;

/// <summary>
/// Quality control of released land by sampling (IMAS 07.12, ISO 2859-1): the lot is the land a release gave back
/// (<see cref="Lot"/>, or the release report <see cref="ReleaseReportId"/> names), the sample plan follows from the
/// lot's size (<see cref="Quality.SamplePlan"/>), <see cref="Sampled"/> is the land searched again. It changes no
/// area by itself: a failed sample returns land to hazardous through a <see cref="Reopening"/>.
/// </summary>
public sealed record QcSampling(
    NetTopologySuite.Geometries.Geometry? Lot,
    string? ReleaseReportId,
    NetTopologySuite.Geometries.Geometry? Sampled,
    double SampledM2,
    QcResult Result,
    IReadOnlyList<EoFind> Finds) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.QcSampling;

    // Released land is not claimed again: a sample does not release or draw hazardous land.
    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override IReadOnlyList<EoFind> AllFinds => Finds;
}
