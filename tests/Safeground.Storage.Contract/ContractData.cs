using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;

namespace Safeground.Storage.Contract;

/// <summary>Small, real reports for the store contract: one hazard's life (NTS, TS, completion) and an accident.</summary>
public static class ContractData
{
    public const string Org = "ORG-1";
    public const string Hazard = "HA-0001";
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 8, 30, 0, TimeSpan.FromHours(2));

    public static NetTopologySuite.Geometries.Geometry Wkt(string wkt)
    {
        var g = new WKTReader(Geo.Services).Read(wkt);
        g.SRID = Geo.Wgs84;
        return g;
    }

    public static Report NtsCreate(string id = "R-NTS", string hazardId = Hazard) => new(
        id, hazardId, Org, "T-1", null, new DateOnly(2024, 3, 1), T0, "surveyor",
        new NonTechnicalSurvey(SurveyAction.Create, "North field", "Kharkiv", null,
            // A polygon with a hole (a village pond left out of the field).
            Wkt("POLYGON ((36.0 49.0, 36.01 49.0, 36.01 49.01, 36.0 49.01, 36.0 49.0), " +
                "(36.004 49.004, 36.004 49.006, 36.006 49.006, 36.006 49.004, 36.004 49.004))"),
            null,
            [new Evidence(EvidenceType.Marking, EvidenceSource.Visual, "red signs"), new Evidence(EvidenceType.Scrap, EvidenceSource.Verbal)],
            [EoCategory.AtMine]));

    public static Report TsReduce(string id = "R-TS") => new(
        id, Hazard, Org, "T-1", null, new DateOnly(2024, 4, 10), T0.AddDays(40), "surveyor",
        new TechnicalSurvey(Wkt("POLYGON ((35.99 48.99, 36.005 48.99, 36.005 49.011, 35.99 49.011, 35.99 48.99))"), true,
            [Find(36.007, 49.002, EoCategory.ApMine, "PMN-2")]));

    public static Report Completion(string id = "R-DONE") => new(
        id, Hazard, Org, "T-2", null, new DateOnly(2024, 6, 1), T0.AddDays(92), "team leader",
        new Completion(Wkt("POLYGON ((36.005 49.0, 36.01 49.0, 36.01 49.005, 36.005 49.005, 36.005 49.0))"), 13,
            [Find(36.008, 49.001, EoCategory.AtMine, "TM-62M"), Find(36.009, 49.003, EoCategory.Uxo, null)]));

    public static EoFind Find(double lon, double lat, EoCategory category, string? model) =>
        new(category, model, 1, EoCondition.Armed, 10, Geo.Point(lon, lat), Disposal.DestroyedInSitu);

    public static Report Accident(string id = "R-ACC") => new(
        id, Hazard, Org, "T-2", null, new DateOnly(2024, 5, 2), T0.AddDays(62), "ops officer",
        new AccidentReport(T0.AddDays(61), Geo.Point(36.0085, 49.0012), true, "excavation", AssetKind.Manual,
            "missed signal", "pressure", false, true, EoCategory.ApMine, "PMN-2", 5, "dry", "sunny", "retraining",
            [new Victim("Olena K.", Gender.Female, new DateOnly(1990, 2, 3), 34, "12 Main St", "deminer", VictimOutcome.Injured, "foot", "excavation"),
             new Victim("Petro S.", Gender.Male, null, 45, null, "section leader", VictimOutcome.Killed, null, null)]));

    public static ReportEvent Submitted(Report r) => new(r.Id, ReportStatus.Submitted, r.SubmittedAt, r.SubmittedBy, null);

    public static ReportEvent Approved(Report r, int hours = 1) => new(r.Id, ReportStatus.Approved, r.SubmittedAt.AddHours(hours), "data manager", "checked");

    public static IReadOnlyList<Report> HazardLife() => [NtsCreate(), TsReduce(), Completion()];

    // The completion leaves area, an error under the default rules, and a report with an error flag is not applied:
    // as a warning it is, so the state holds a reduction, a clearance and a flag for the store to keep.
    internal static readonly ProgrammeRules Lenient =
        ProgrammeRules.Parse("""{ "rules": { "completion-leaves-area": { "severity": "warning" } } }""", "lenient.json");

    public static HazardState HazardState() => HazardProjector.Replay(Hazard, HazardLife(), Lenient)
        ?? throw new InvalidOperationException("the test hazard did not replay");

    public static IEnumerable<FindRecord> FindsOf(Report r) =>
        r.Body.AllFinds.Select((f, i) => new FindRecord(r.Id, i, r.HazardId, r.OrganisationId, "Kharkiv", r.DateOfInformation, f));

    public static AccidentRecord AccidentRecord(Report r) =>
        new(r.Id, r.HazardId, r.OrganisationId, "Kharkiv", r.DateOfInformation, (AccidentReport)r.Body);

    public static Organisation Organisation => new(Org, "Demining Operator One", "UA");
    public static Team Team => new("T-1", Org, "Manual team 1", AssetKind.Manual, 12);
    public static Deployment Deployment => new("D-1", "T-1", "Kharkiv", new DateOnly(2024, 2, 1), 120);

    /// <summary>Points spread over a small grid, for streaming and index tests.</summary>
    public static IEnumerable<FindRecord> ManyFinds(int count, string reportPrefix = "R-BULK", int perReport = 10)
    {
        for (int i = 0; i < count; i++)
        {
            double lon = 30 + (i % 1000) * 0.001, lat = 45 + (i / 1000) * 0.001;
            yield return new FindRecord($"{reportPrefix}-{i / perReport:D7}", i % perReport, null, Org, "Kharkiv", new DateOnly(2024, 1, 1),
                new EoFind(EoCategory.Uxo, "OF-25", 1, EoCondition.Unknown, null, Geo.Point(lon, lat), Disposal.Removed));
        }
    }
}
