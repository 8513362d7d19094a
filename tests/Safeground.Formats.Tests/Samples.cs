using NetTopologySuite.Geometries;
using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Formats.Tests;

/// <summary>Projection records with awkward values: full-precision coordinates, holes, text that needs quoting.</summary>
internal static class Samples
{
    public static readonly Polygon WithHole = Geo.Factory.CreatePolygon(
        Ring((17.123456789012345, 44.98765432109876), (17.2, 44.98765432109876), (17.2, 45.1), (17.123456789012345, 44.98765432109876)),
        [Ring((17.15, 45.0), (17.18, 45.0), (17.18, 45.05), (17.15, 45.0))]);

    public static readonly MultiPolygon TwoParts = Geo.Factory.CreateMultiPolygon(
    [
        Geo.Factory.CreatePolygon(Ring((18.1, 44.1), (18.2, 44.1), (18.2, 44.2), (18.1, 44.1))),
        Geo.Factory.CreatePolygon(Ring((18.3, 44.3), (18.4, 44.3), (18.4, 44.4), (18.3, 44.3))),
    ]);

    public static IReadOnlyList<HazardState> Hazards() =>
    [
        Hazard("HA-001", "Polje \"Kod Mosta\", Čelić\nnorth", WithHole, HazardStatus.InProgress, 123456.78901234567) with { ContaminationType = ContaminationType.AntiPersonnelMines },
        Hazard("HA-002", null, TwoParts, HazardStatus.Open, 0.1 + 0.2),
        Hazard("HA-003", "", Geo.Empty, HazardStatus.Closed, 5e-324),
    ];

    public static IReadOnlyList<ReleaseEvent> Releases() =>
    [
        new("HA-001", "R-7", ReleaseMethod.Cleared, new DateOnly(2024, 5, 17), WithHole, 1234.5678, 2000),
        new("HA-002", "R-8", ReleaseMethod.Cancelled, new DateOnly(2024, 6, 1), TwoParts, 98765.4321, 98765.4321),
    ];

    public static IReadOnlyList<FindRecord> Finds() =>
    [
        new("R-9", 0, "HA-001", "ORG-1", "Brčko", new DateOnly(2024, 7, 2),
            new EoFind(EoCategory.ApMine, "PMA-2", 3, EoCondition.Armed, 12, Geo.Point(17.123456789012345, 44.98765432109876), Disposal.DestroyedInSitu)),
        new("R-9", 1, null, "ORG-1", null, new DateOnly(2024, 7, 2),
            new EoFind(EoCategory.Uxo, null, 1, EoCondition.Unknown, null, Geo.Point(-0.000001, 0.1), Disposal.Removed)),
    ];

    public static IReadOnlyList<AccidentRecord> Accidents() =>
    [
        new("R-10", "HA-001", "ORG-1", "Republika Srpska", new DateOnly(2023, 3, 4), new AccidentReport(
            new DateTimeOffset(2023, 3, 4, 10, 30, 0, TimeSpan.FromHours(1)), Geo.Point(17.5, 44.5), true, "clearing", AssetKind.MineDetectionDogs,
            "tripwire", "pressure", false, true, EoCategory.ApMine, "PROM-1", 5, "wet", "rain", "retraining",
            [
                new Victim("Secret Name", Gender.Male, new DateOnly(1980, 1, 2), 43, "Secret Street 1", "deminer", VictimOutcome.Injured, "leg", "clearing"),
                new Victim("Other Person", Gender.Female, new DateOnly(1990, 3, 4), 33, "Hidden Road 2", "medic", VictimOutcome.Killed, null, null),
                new Victim(null, Gender.Unknown, null, null, null, null, VictimOutcome.Injured, null, null),
            ])),
    ];

    private static HazardState Hazard(string id, string? name, Geometry remaining, HazardStatus status, double remainingM2) => new(
        id, name, "Federation of BiH", "ORG-1", HazardClass.Cha, status, WithHole, remaining,
        OriginalM2: 200000.5, CancelledM2: 1.0 / 3, ReducedM2: 0, ClearedM2: 1e-7, RemainingM2: remainingM2,
        Evidence: [new Evidence(EvidenceType.EoSeen, EvidenceSource.Visual)],
        SuspectedCategories: [EoCategory.ApMine, EoCategory.SmallArmsAmmunition],
        Releases: [], FindCount: 2, AccidentCount: 1, ClearanceDepthCm: status == HazardStatus.Open ? null : 13,
        CreatedOn: new DateOnly(2020, 2, 29), LastReportOn: new DateOnly(2024, 12, 31), LastReportId: "R-99", ReportCount: 4);

    private static LinearRing Ring(params (double X, double Y)[] points) =>
        Geo.Factory.CreateLinearRing(points.Select(p => new Coordinate(p.X, p.Y)).ToArray());
}
