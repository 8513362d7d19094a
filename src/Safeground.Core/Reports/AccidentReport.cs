using NetTopologySuite.Geometries;
using Safeground.Core.Accidents;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;

namespace Safeground.Core.Reports;

/// <summary>
/// IMAS 10.60 accident report. A demining accident happens at a work site (<see cref="IsDemining"/>);
/// a mine/EO accident anywhere else.
/// </summary>
/// <param name="NoVictims">The report states that nobody was hurt; an empty <see cref="Victims"/> list alone may be a form left blank.</param>
public sealed record AccidentReport(
    DateTimeOffset OccurredAt,
    Point Position,
    bool IsDemining,
    string? ActivityAtTime,
    AssetKind? AssetAtTime,
    string? Cause,
    string? ActivationMethod,
    bool? ItemMoved,
    bool? ItemMarked,
    EoCategory? DeviceCategory,
    string? DeviceModel,
    int? DepthCm,
    string? GroundConditions,
    string? Weather,
    string? CorrectiveAction,
    IReadOnlyList<Victim> Victims,
    bool? NoVictims = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.Accident;

    [System.Text.Json.Serialization.JsonIgnore]
    public override NetTopologySuite.Geometries.Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override bool NeedsHazard => false;
}
