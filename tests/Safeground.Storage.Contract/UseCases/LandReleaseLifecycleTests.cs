using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>The IMAS land-release rules through submit and approve, on each kind of store.</summary>
public abstract class LandReleaseLifecycleTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    [SkippableFact]
    public void Clearing_cancelled_land_is_refused_at_submission_with_the_reason()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(R("R-2", "HA-1", 2, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, Square(37.0, 49.0, 0.005), [], [])));
        var e = Assert.Throws<SafegroundException>(() =>
            Lifecycle.Submit(R("R-3", "HA-1", 5, new ClearanceProgress(Square(37.0, 49.0, 0.005), 30, null, []))));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains("report R-3 cannot be accepted", e.Message, StringComparison.Ordinal);
        Assert.Contains("non-technical survey cancelled (report R-2", e.Message, StringComparison.Ordinal);
        Assert.Null(Store.FindReport("R-3"));
    }

    [SkippableFact]
    public void A_completion_that_leaves_area_is_refused_and_one_that_clears_all_closes_the_hazard()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(R("R-2", "HA-1", 5, new Completion(Square(37.0, 49.0, 0.005), 20, []))));
        Assert.Contains("still hazardous", e.Message, StringComparison.Ordinal);

        SubmitAndApprove(R("R-3", "HA-1", 5, new Completion(Square(36.999, 48.999, 0.012), 20, [])));
        Assert.Equal(HazardStatus.Closed, Store.FindHazard("HA-1")!.Status);
        SubmitAndApprove(R("R-4", "HA-1", 9, new Handover("Balakliia municipality", "grazing")));
        var h = Store.FindHazard("HA-1")!;
        Assert.Equal("Balakliia municipality", h.HandedOverTo);
        Assert.Equal(Day0.AddDays(9), h.HandedOverOn);
    }

    [SkippableFact]
    public void A_report_dated_before_its_hazard_or_a_second_creation_is_refused()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01), day: 10));
        var early = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(R("R-2", "HA-1", 3, new ClearanceProgress(Square(37.0, 49.0, 0.002), 5, null, []))));
        Assert.Contains("before hazard HA-1 was recorded on 2026-03-12", early.Message, StringComparison.Ordinal);
        var again = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(Create("HA-1", Square(37.2, 49.0, 0.01), day: 12) with { Id = "R-again" }));
        Assert.Contains("hazard HA-1 already exists", again.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Rules_are_checked_again_at_approval()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        // Both fine on their own when submitted; approving the cancellation first makes the clearance illegal.
        Lifecycle.Submit(R("R-clear", "HA-1", 6, new ClearanceProgress(Square(37.0, 49.0, 0.004), 30, null, [])));
        SubmitAndApprove(R("R-cancel", "HA-1", 4, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, Square(37.0, 49.0, 0.005), [], [])));
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-clear", TestDeciders.DataManager));
        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Equal(ReportStatus.Submitted, Store.FindReport("R-clear")!.Status);
        Lifecycle.Reject("R-clear", TestDeciders.DataManager, "the west part was cancelled on day 4; resubmit the area actually worked");
    }

    [SkippableFact]
    public void A_clearance_across_two_hazards_is_split_between_them()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(Create("HA-2", Square(37.01, 49.0, 0.01)));
        var across = Square(37.005, 49.0, 0.01); // half in each
        SubmitAndApprove(R("R-3", "HA-1", 4, new ClearanceProgress(across, 40, null, [])));

        Assert.Equal(["HA-2"], Store.FindReport("R-3")!.Report.AlsoHazards);
        var one = Store.FindHazard("HA-1")!;
        var two = Store.FindHazard("HA-2")!;
        Assert.Empty(one.RuleFlags);
        Assert.InRange(one.ClearedM2 + two.ClearedM2 - Polygons.AreaM2(across), -0.05, 0.05);
        Assert.InRange(one.ClearedM2 / two.ClearedM2, 0.99, 1.01);
        Assert.Contains(Store.ReportsOfHazard("HA-2"), r => r.Report.Id == "R-3");
        // A rebuild from the reports alone gives the same split.
        Assert.Equal(2, Core.Projections.ProjectionRebuild.Rebuild(Store, Safeground.Core.Rules.StoredProgramme.Of(Store)));
        Assert.Equal(two.ClearedM2, Store.FindHazard("HA-2")!.ClearedM2, 6);
    }
}
