using NetTopologySuite.Geometries;
using Safeground.Core.Casualties;
using Safeground.Core.Ordnance;
using Safeground.Core.People;

namespace Safeground.Core.Reports;

/// <summary>
/// A civilian mine/ERW incident as casualty surveillance records it (IMAS 05.10): where and when, what went off, what
/// the people were doing, and who was killed and injured, counted by sex, age band and disability, never named.
/// The <see cref="AccidentReport"/> is for demining accidents at a work site; this is everyone else.
/// </summary>
/// <param name="OccurredOn">The day of the incident (the report's date of information is the day it was learnt).</param>
/// <param name="Source">Who reported it: a hospital, the police, a mine action centre, a survey team.</param>
/// <param name="SourceReference">The source's own reference (a case number, a map sheet), so the record can be traced back.</param>
public sealed record CasualtyIncident(
    DateOnly OccurredOn,
    Point Position,
    string? Region,
    EoCategory? DeviceCategory,
    string? DeviceModel,
    CasualtyActivity Activity,
    IReadOnlyList<PeopleCount> Killed,
    IReadOnlyList<PeopleCount> Injured,
    string Source,
    string? SourceReference = null) : ReportBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override ReportKind Kind => ReportKind.CasualtyIncident;

    [System.Text.Json.Serialization.JsonIgnore]
    public override Geometry? Claimed => null;

    [System.Text.Json.Serialization.JsonIgnore]
    public override string ClaimedField => "body";

    [System.Text.Json.Serialization.JsonIgnore]
    public override bool NeedsHazard => false;

    /// <summary>People killed, all groups together.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int KilledCount => Killed?.Sum(c => c.Count) ?? 0;

    /// <summary>People injured, all groups together.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int InjuredCount => Injured?.Sum(c => c.Count) ?? 0;
}
