using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract;

// Figures as of a day and for a period, and land beside records: the roll-up reads each store's hazards and,
// for a day before a hazard's last report, its approved reports, so both stores must give the same figures.
public abstract partial class StoreContractTests
{
    private static Report Overlapping() => ContractData.NtsCreate("R-NTS-B", "HA-0002") with
    {
        DateOfInformation = new DateOnly(2024, 5, 1),
        SubmittedAt = ContractData.T0.AddDays(61),
        Body = ((NonTechnicalSurvey)ContractData.NtsCreate().Body) with
        {
            // The east half of HA-0001's field, still hazardous there after the reduction of its west half.
            Perimeter = ContractData.Wkt("POLYGON ((36.005 49.0, 36.01 49.0, 36.01 49.005, 36.005 49.005, 36.005 49.0))"),
        },
    };

    private static ISafegroundStore FiguresStore(Func<ISafegroundStore> create, out HazardState a, out HazardState b)
    {
        var reports = new[] { ContractData.NtsCreate(), ContractData.TsReduce(), Overlapping() };
        a = HazardProjector.Replay(ContractData.Hazard, reports, ProgrammeRules.Default)!;
        b = HazardProjector.Replay("HA-0002", reports, ProgrammeRules.Default)!;
        var store = create();
        AddApproved(store, reports);
        var (first, second) = (a, b);
        Write(store, tx =>
        {
            tx.PutHazard(first);
            tx.PutHazard(second);
        });
        return store;
    }

    [SkippableFact]
    public void Status_as_of_a_day_gives_the_figures_of_that_day_conserved()
    {
        using var store = FiguresStore(CreateStore, out var a, out _);
        var created = HazardProjector.Replay(ContractData.Hazard, [ContractData.NtsCreate()], ProgrammeRules.Default)!;

        var march = StatusReport.Compute(store, StatusGrouping.None, StatusFilter.AsOfDay(new DateOnly(2024, 3, 31)), Safeground.Core.Rules.StoredProgramme.Of(store)).Total;
        Assert.Equal(1, march.Hazards); // HA-0002 was recorded in May
        Assert.Equal(created.OriginalM2, march.OriginalM2, 6);
        Assert.Equal(0, march.ReducedM2);
        Assert.Equal(created.RemainingM2, march.RemainingM2, 6); // not what remains today
        Assert.Equal(march.RemainingM2, march.RemainingLandM2);
        Assert.Equal(1, march.HazardsByStatus[Core.Hazards.HazardStatus.Open]);

        var april = StatusReport.Compute(store, StatusGrouping.Organisation, StatusFilter.AsOfDay(new DateOnly(2024, 4, 30)), Safeground.Core.Rules.StoredProgramme.Of(store));
        Assert.Equal(1, april.Total.Hazards);
        Assert.Equal(a.ReducedM2, april.Total.ReducedM2, 6);
        Assert.Equal(a.RemainingM2, april.Total.RemainingM2, 6);
        Assert.InRange(april.Total.CancelledM2 + april.Total.ReducedM2 + april.Total.ClearedM2 + april.Total.RemainingM2 - april.Total.OriginalM2, -1e-3, 1e-3);
        Assert.Equal(april.Total.RemainingM2, Assert.Single(april.Groups).RemainingM2, 6);
    }

    [SkippableFact]
    public void A_period_counts_what_it_released_and_what_remained_at_its_end()
    {
        using var store = FiguresStore(CreateStore, out var a, out _);
        var april = new StatusFilter(From: new DateOnly(2024, 4, 1), To: new DateOnly(2024, 4, 30));
        var total = StatusReport.Compute(store, StatusGrouping.None, april, Safeground.Core.Rules.StoredProgramme.Of(store)).Total;
        Assert.Equal(a.ReducedM2, total.ReducedM2, 6);
        Assert.Equal(a.RemainingM2, total.RemainingM2, 6);
        Assert.Equal("released 2024-04-01..2024-04-30", StatusFigures.Released(april));
        Assert.Equal("remaining on 2024-04-30", StatusFigures.Remaining(april));

        var may = new StatusFilter(From: new DateOnly(2024, 5, 1), To: new DateOnly(2024, 5, 31));
        var later = StatusReport.Compute(store, StatusGrouping.None, may, Safeground.Core.Rules.StoredProgramme.Of(store)).Total;
        Assert.Equal(0, later.ReleasedM2); // the reduction was in April
        Assert.Equal(2, later.Hazards);
    }

    [SkippableFact]
    public void Status_counts_land_under_two_hazards_once_as_land()
    {
        using var store = FiguresStore(CreateStore, out var a, out var b);
        double overlap = Polygons.AreaM2(Polygons.Intersection(a.Remaining, b.Remaining));
        Assert.True(overlap > 100_000, $"the hazards overlap by {overlap} m²");
        foreach (var grouping in new[] { StatusGrouping.None, StatusGrouping.Organisation, StatusGrouping.Month })
        {
            var report = StatusReport.Compute(store, grouping, StatusFilter.None, Safeground.Core.Rules.StoredProgramme.Of(store));
            Assert.Equal(a.RemainingM2 + b.RemainingM2, report.Total.RemainingM2, 6);
            Assert.InRange(report.Total.CountedTwiceM2 - overlap, -1, 1);
            Assert.InRange(report.Total.RemainingLandM2 - (a.RemainingM2 + b.RemainingM2 - overlap), -1, 1);
            if (grouping == StatusGrouping.Organisation) Assert.InRange(Assert.Single(report.Groups).CountedTwiceM2 - overlap, -1, 1);
            // By month each hazard is in the month it was recorded: neither month has land under two of its hazards.
            if (grouping == StatusGrouping.Month) Assert.All(report.Groups, g => Assert.Equal(g.RemainingM2, g.RemainingLandM2));
        }
    }
}
