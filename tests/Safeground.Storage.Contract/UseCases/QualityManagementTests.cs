using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Spatial;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>Quality management (IMAS 07.12) through submit and approve, on each kind of store: evidence, and land reopened.</summary>
public abstract class QualityManagementTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static void Ledger(HazardState h) =>
        Assert.InRange(h.CancelledM2 + h.ReducedM2 + h.ClearedM2 - h.ReopenedM2 + h.RemainingM2 - h.OriginalM2, -0.05, 0.05);

    [SkippableFact]
    public void QA_visits_QC_samples_and_non_conformities_are_evidence_that_changes_no_area()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(R("R-2", "HA-1", 2, new Completion(Square(37.0, 49.0, 0.01), 20, [])));
        var closed = Store.FindHazard("HA-1")!;
        SubmitAndApprove(R("R-3", "HA-1", 3, new QaVisit(null, 20, 0, "marking and records in order")));
        SubmitAndApprove(R("R-4", null, 3, new QaVisit("T-07", 15, 3, "detector checks skipped")));
        SubmitAndApprove(R("R-5", "HA-1", 4, new QcSampling(null, "R-2", Square(37.001, 49.001, 0.001), 8_000, QcResult.Passed, [])));
        SubmitAndApprove(R("R-6", null, 5, new NonConformity(NonConformitySeverity.Minor, "detector checks skipped", "daily checks logged", Day0.AddDays(20))));
        SubmitAndApprove(R("R-7", null, 9, new NonConformity(NonConformitySeverity.Minor, "checks logged since day 6", Closes: "R-6", ClosedOn: Day0.AddDays(9))));

        var h = Store.FindHazard("HA-1")!;
        Assert.Equal(HazardStatus.Closed, h.Status);
        Assert.Equal(closed.ClearedM2, h.ClearedM2, 6);
        Assert.Equal(0, h.ReopenedM2);
        Assert.Equal(ReportStatus.Approved, Store.FindReport("R-7")!.Status);
        Assert.Single(HazardTimeline.Of(Store, "HA-1", StoredProgramme.Of(Store)), p => p.Kind == ReportKind.Completion);
    }

    [SkippableFact]
    public void A_failed_QC_sample_and_a_reopening_return_cleared_land_to_hazardous_conserved_to_the_m2()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(R("R-2", "HA-1", 2, new ClearanceProgress(Square(37.0, 49.0, 0.004), 40, null, [])));
        SubmitAndApprove(R("R-3", "HA-1", 5, new Completion(Square(36.999, 48.999, 0.012), 20, [])));
        Assert.Equal(HazardStatus.Closed, Store.FindHazard("HA-1")!.Status);
        var lot = Square(37.005, 49.005, 0.005);
        SubmitAndApprove(R("R-4", "HA-1", 8, new QcSampling(lot, "R-3", Square(37.006, 49.006, 0.0005), 1_300, QcResult.Failed,
            [new Core.Ordnance.EoFind(Core.Ordnance.EoCategory.ApMine, "PMN-2", 1, Core.Ordnance.EoCondition.Intact, 8, Geo.Point(37.0062, 49.0062), Core.Ordnance.Disposal.DestroyedInSitu)])));
        // The reopened square spans land two reports cleared: all of it was released, all of it comes back.
        var back = Square(37.002, 49.002, 0.004);
        SubmitAndApprove(R("R-5", "HA-1", 9, new Reopening(back, "QC sample R-4 found a PMN-2", "R-4")));

        var h = Store.FindHazard("HA-1")!;
        Assert.Equal(HazardStatus.Open, h.Status);
        Assert.Equal(Polygons.AreaM2(back), h.ReopenedM2, 1);
        Assert.Equal(Polygons.AreaM2(back), h.RemainingM2, 1);
        Assert.Equal(h.OriginalM2 - h.RemainingM2, h.ReleasedM2, 1);
        Assert.DoesNotContain(h.RuleFlags, f => f.ReportId == "R-5");
        Ledger(h);

        var timeline = HazardTimeline.Of(Store, "HA-1", StoredProgramme.Of(Store));
        var point = Assert.Single(timeline, p => p.ReportId == "R-5");
        Assert.Equal(ReleaseMethod.Reopened, point.Method);
        Assert.Equal(h.ReopenedM2, point.ReopenedM2, 6);
        Assert.Equal(HazardStatus.Open, point.Status);

        // Cleared again: closed again, the reopened land counted once more as cleared, the ledger still whole.
        SubmitAndApprove(R("R-6", "HA-1", 12, new Completion(back, 20, [])));
        var again = Store.FindHazard("HA-1")!;
        Assert.Equal(HazardStatus.Closed, again.Status);
        Ledger(again);
        Assert.Equal(again.OriginalM2, again.ReleasedM2, 1);

        // A rebuild from the reports alone gives the same figures.
        ProjectionRebuild.Rebuild(Store, StoredProgramme.Of(Store));
        Assert.Equal(again.ReopenedM2, Store.FindHazard("HA-1")!.ReopenedM2, 6);
    }

    [SkippableFact]
    public void A_reopening_of_land_never_released_returns_nothing_and_says_so()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(R("R-2", "HA-1", 2, new ClearanceProgress(Square(37.0, 49.0, 0.002), 30, null, [])));
        SubmitAndApprove(R("R-3", "HA-1", 4, new Reopening(Square(37.001, 49.0, 0.002), "find on the lane edge")));

        var h = Store.FindHazard("HA-1")!;
        Ledger(h);
        double half = Polygons.AreaM2(Square(37.0, 49.0, 0.002)) / 2;
        Assert.InRange(h.ReopenedM2, half * 0.98, half * 1.02); // only the half on cleared land comes back
        var flag = Assert.Single(h.RuleFlags, f => f.ReportId == "R-3");
        Assert.Equal(RuleIds.ReopeningOutsideReleased, flag.RuleId);
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains("is not land hazard HA-1 released", flag.Message, StringComparison.Ordinal);
    }
}
