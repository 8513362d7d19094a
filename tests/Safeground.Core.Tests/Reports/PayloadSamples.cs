using Safeground.Core.Accidents;
using Safeground.Core.Casualties;
using Safeground.Core.People;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.RiskEducation;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Reports;

/// <summary>One report of each kind, as the payload fixtures were written from (kept to regenerate a new version's).</summary>
internal static class PayloadSamples
{
    /// <param name="version">The payload version the sample is for: surveys state a contamination type from version 3.</param>
    public static Report Of(ReportKind kind, int version = ReportVersions.Current)
    {
        var report = Sample(kind);
        if (version < 3) return report;
        return report.Body switch
        {
            NonTechnicalSurvey nts => report with { Body = nts with { ContaminationType = ContaminationType.AntiPersonnelMines } },
            TechnicalSurvey ts => report with { Body = ts with { ContaminationType = ContaminationType.AntiVehicleMines } },
            _ => report,
        };
    }

    private static Report Sample(ReportKind kind)
    {
        var area = Wkt("POLYGON ((37.25 49.2, 37.26 49.2, 37.26 49.21, 37.25 49.21, 37.25 49.2))");
        return kind switch
        {
            ReportKind.NonTechnicalSurvey => Create("HA-1", area, 0, "R-1", new Evidence(EvidenceType.EoSeen, EvidenceSource.Visual, "PMN-2 seen by the road")),
            ReportKind.TechnicalSurvey => Reduce("HA-1", Wkt("POLYGON ((37.25 49.2, 37.255 49.2, 37.255 49.205, 37.25 49.205, 37.25 49.2))"), 4, "R-3", confirms: true),
            ReportKind.ClearanceProgress => Clear("HA-1", Wkt("POLYGON ((37.255 49.205, 37.26 49.205, 37.26 49.21, 37.255 49.21, 37.255 49.205))"), 5, "R-4",
                Find(37.2551, 49.2051), Find(37.2552, 49.2052, EoCategory.AtMine, 2)),
            ReportKind.Completion => Complete("HA-1", area, 9, "R-5"),
            ReportKind.EodSpotTask => Make("R-6", null, 2, new EodSpotTask([Find(37.1, 49.1, EoCategory.Uxo)], "call from the village council")),
            ReportKind.Accident => Make("R-7", "HA-1", 6, new AccidentReport(
                new DateTimeOffset(2026, 3, 8, 10, 40, 0, TimeSpan.FromHours(2)), Geo.Point(37.2553, 49.2053), true, "manual clearance",
                AssetKind.Manual, "missed signal", "pressure", false, false, EoCategory.ApMine, "PMN-2", 5, "wet clay", "rain",
                "refresher training on the detector",
                [new Victim("Deminer A", Gender.Male, new DateOnly(1990, 5, 1), 35, "Izium", "deminer", VictimOutcome.Injured, "foot", "excavation")])),
            ReportKind.Handover => Make("R-8", "HA-1", 10, new Handover("Village council of Kamianka", "agriculture", "HC-2026-001")),
            ReportKind.QaVisit => Make("R-9", "HA-1", 11, new QaVisit("T-02", 18, 2, "lane marking incomplete on the north edge")),
            ReportKind.QcSampling => Make("R-10", "HA-1", 12, new QcSampling(
                Wkt("POLYGON ((37.255 49.205, 37.26 49.205, 37.26 49.21, 37.255 49.21, 37.255 49.205))"), "R-4",
                Wkt("POLYGON ((37.256 49.206, 37.2562 49.206, 37.2562 49.2061, 37.256 49.2061, 37.256 49.206))"), 200, QcResult.Failed,
                [Find(37.2561, 49.20605)])),
            ReportKind.NonConformity => Make("R-11", "HA-1", 12, new NonConformity(NonConformitySeverity.Major, "PMN-2 missed in the QC sample",
                "re-train the section on detector sweep overlap", new DateOnly(2026, 3, 30))),
            ReportKind.Reopening => Make("R-12", "HA-1", 13, new Reopening(
                Wkt("POLYGON ((37.255 49.205, 37.2575 49.205, 37.2575 49.2075, 37.255 49.2075, 37.255 49.205))"), "QC sample R-10 failed", "R-10")),
            ReportKind.RiskEducation => Make("R-9", null, 7, new RiskEducationSession(Geo.Point(37.26, 49.21), "Kharkivska", EoreMethod.Presentation,
                [new PeopleCount(Gender.Female, AgeBand.Child, false, 12), new PeopleCount(Gender.Male, AgeBand.Child, true, 1), new PeopleCount(Gender.Female, AgeBand.Adult, false, 7)],
                [new MaterialsDistributed("leaflet", 40)], ["HA-1"])),
            ReportKind.CasualtyIncident => Make("R-9", "HA-1", 7, new CasualtyIncident(new DateOnly(2026, 3, 7), Geo.Point(37.2554, 49.2054), "Izium",
                EoCategory.ApMine, "PFM-1", CasualtyActivity.CollectingFirewood,
                [new PeopleCount(Gender.Male, AgeBand.Child, false, 1)],
                [new PeopleCount(Gender.Female, AgeBand.Adult, false, 2), new PeopleCount(Gender.Male, AgeBand.Older, true, 1)],
                "Izium district hospital", "case 2026/114")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no sample report of this kind: add one"),
        };
    }
}
