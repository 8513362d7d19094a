using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Demo;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>Submit → approve/reject → supersede on each kind of store, and the incremental state equal to a rebuild.</summary>
public abstract class ReportLifecycleTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static EoFind Find(double lon, double lat) => new(EoCategory.ApMine, "PMN-2", 1, EoCondition.Intact, 10, Geo.Point(lon, lat), Disposal.DestroyedInSitu);

    [SkippableFact]
    public void Approving_updates_the_hazard_and_a_rebuild_gives_the_same_state()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(Create("HA-2", Square(37.1, 49.0, 0.01)));
        SubmitAndApprove(R("R-2", "HA-1", 3, new TechnicalSurvey(Square(37.0, 49.0, 0.004), true, [])));
        SubmitAndApprove(R("R-3", "HA-1", 5, new ClearanceProgress(Square(37.003, 49.003, 0.004), 40, null, [Find(37.004, 49.004), Find(37.005, 49.005)])));
        SubmitAndApprove(R("R-4", "HA-2", 6, new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, null, [], [])));
        SubmitAndApprove(R("R-5", "HA-1", 9, new Completion(Square(36.99, 48.99, 0.03), 20, [])));

        var h1 = Store.FindHazard("HA-1")!;
        Assert.Equal(HazardStatus.Closed, h1.Status);
        Assert.Equal(HazardClass.Cha, h1.Class);
        Assert.InRange(h1.ReducedM2 + h1.ClearedM2 - h1.OriginalM2, -0.01, 0.01);
        Assert.Equal(HazardStatus.Closed, Store.FindHazard("HA-2")!.Status);
        Assert.Equal(2, Store.Finds().Count());

        var incremental = Store.Hazards().Select(Bytes).ToList();
        var rebuilt = ProjectionRebuild.Hazards(Store, Safeground.Core.Rules.StoredProgramme.Of(Store)).Select(Bytes).ToList();
        Assert.Equal(rebuilt, incremental);

        ProjectionRebuild.Rebuild(Store, Safeground.Core.Rules.StoredProgramme.Of(Store));
        Assert.Equal(incremental, Store.Hazards().Select(Bytes).ToList());
        Assert.Equal(2, Store.Finds().Count());
    }

    [SkippableFact]
    public void Rebuild_equals_the_bulk_loaded_demo_state()
    {
        var demo = DemoOperation.Generate(DemoScale.Operation);
        new BulkLoader(Store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(Store)).Load(demo.Organisations, demo.Teams, demo.Deployments, demo.HazardReports.Take(60), demo.OtherReports.Take(10), "test");
        var stored = Store.Hazards().Select(Bytes).ToList();
        Assert.Equal(60, stored.Count);
        Assert.Equal(ProjectionRebuild.Hazards(Store, Safeground.Core.Rules.StoredProgramme.Of(Store)).Select(Bytes).ToList(), stored);
    }

    [SkippableFact]
    public void A_report_cannot_be_approved_twice_and_rejection_needs_a_reason()
    {
        var create = Create("HA-1", Square(37.0, 49.0, 0.01));
        SubmitAndApprove(create);
        var twice = Assert.Throws<SafegroundException>(() => Lifecycle.Approve(create.Id, TestDeciders.DataManager));
        Assert.Equal(ErrorKind.Conflict, twice.Kind);
        Assert.Contains("already approved", twice.Message, StringComparison.Ordinal);

        Lifecycle.Submit(R("R-2", "HA-1", 2, new TechnicalSurvey(Square(37.0, 49.0, 0.004), false, [])));
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() => Lifecycle.Reject("R-2", TestDeciders.DataManager, " ")).Kind);
        Lifecycle.Reject("R-2", TestDeciders.DataManager, "reduced polygon drawn on the wrong field");
        var record = Store.FindReport("R-2")!;
        Assert.Equal(ReportStatus.Rejected, record.Status);
        Assert.Equal("reduced polygon drawn on the wrong field", record.StatusReason);
        Assert.Equal(0, Store.FindHazard("HA-1")!.ReducedM2);
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-2", TestDeciders.DataManager)).Kind);
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => Lifecycle.Submit(create)).Kind);
    }

    [SkippableFact]
    public void Superseding_replaces_a_report_and_keeps_the_old_one_with_its_history()
    {
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
        var wrong = R("R-2", "HA-1", 3, new ClearanceProgress(Square(37.0, 49.0, 0.008), 40, null, [Find(37.001, 49.001), Find(37.002, 49.002)]));
        SubmitAndApprove(wrong);
        double clearedBefore = Store.FindHazard("HA-1")!.ClearedM2;

        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() =>
            Lifecycle.Submit(R("R-3", "HA-1", 3, new ClearanceProgress(Square(37.0, 49.0, 0.002), 40, null, []), supersedes: "R-2"))).Kind);
        SubmitAndApprove(R("R-3", "HA-1", 3, new ClearanceProgress(Square(37.0, 49.0, 0.002), 40, null, [Find(37.001, 49.001)]), "R-2", "area worked was 20 m × 20 m, not 80 m × 80 m"));

        var h = Store.FindHazard("HA-1")!;
        Assert.True(h.ClearedM2 < clearedBefore / 10);
        Assert.Single(Store.Finds());
        var old = Store.FindReport("R-2")!;
        Assert.Equal(ReportStatus.Superseded, old.Status);
        Assert.Equal(ReportJson.Serialize(wrong), ReportJson.Serialize(old.Report)); // the payload is untouched
        Assert.Equal([ReportStatus.Submitted, ReportStatus.Approved, ReportStatus.Superseded], Store.History("R-2").Select(e => e.Status));
        Assert.Equal(ProjectionRebuild.Hazards(Store, Safeground.Core.Rules.StoredProgramme.Of(Store)).Select(Bytes), Store.Hazards().Select(Bytes));
    }

    [SkippableFact]
    public void Reports_for_a_hazard_nobody_created_are_refused_at_approval_and_nothing_changes()
    {
        Lifecycle.Submit(R("R-9", "HA-404", 1, new TechnicalSurvey(Square(37.0, 49.0, 0.004), false, [Find(37.001, 49.001)])));
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-9", TestDeciders.DataManager));
        Assert.Contains("HA-404", e.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, Store.FindReport("R-9")!.Status);
        Assert.Empty(Store.Finds());
    }

    [SkippableFact]
    public void Invalid_reports_are_refused_with_the_field_named()
    {
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(R("R-1", "HA-1", 0,
            new NonTechnicalSurvey(SurveyAction.Create, null, null, null, null, null, [], []))));
        Assert.Contains("perimeter", e.Message, StringComparison.Ordinal);
        var future = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(R("R-2", "HA-1", 400, new TechnicalSurvey(null, false, []))));
        Assert.Contains("in the future", future.Message, StringComparison.Ordinal);
        var swapped = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(R("R-3", null, 1, new EodSpotTask([
            new EoFind(EoCategory.Uxo, null, 1, EoCondition.Unknown, null, Geo.Point(49.0, 137.0), Disposal.Removed)]))));
        Assert.Contains("find 1", swapped.Message, StringComparison.Ordinal);
        Assert.Null(Store.FindReport("R-1"));
    }

    private static string Bytes(HazardState h) =>
        string.Join("|", h.HazardId, h.Name, h.Region, h.Class, h.Status, Convert.ToBase64String(h.Original.AsBinary()), Convert.ToBase64String(h.Remaining.AsBinary()),
            h.OriginalM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.CancelledM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            h.ReducedM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.ClearedM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            h.RemainingM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.FindCount, h.AccidentCount, h.ClearanceDepthCm, h.LastReportId, h.ReportCount,
            string.Join(",", h.Releases.Select(r => r.ReportId + ":" + r.Method + ":" + Convert.ToBase64String(r.Area.AsBinary()))));
}
