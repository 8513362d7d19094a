using Safeground.Core;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Sync;

namespace Safeground.Storage.Contract.UseCases.Sync;

/// <summary>A field kit synced with a national store (two stores of one kind): push, pull, idempotence, interruption, conflicts, areas.</summary>
public abstract class FieldKitSyncTests<TKind> : SyncStores<TKind> where TKind : StoreKind, new()
{
    [SkippableFact]
    public void Kit_reports_are_pushed_as_submissions_and_a_second_sync_does_nothing()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-1", Square(37.0, 49.0, 0.01)));
        var first = Sync();
        Assert.Equal(1, first.Pulled);
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(Kit.FindHazard("HA-1")!));

        KitLifecycle.Submit(R("R-TS", "HA-1", 3, new TechnicalSurvey(Square(37.0, 49.0, 0.004), true, [])));
        SubmitAndApprove(KitLifecycle, R("R-TS2", "HA-1", 4, new TechnicalSurvey(Square(37.005, 49.005, 0.002), false, [])));
        var second = Sync();
        Assert.Equal(2, second.Pushed);
        Assert.Equal(1, second.DecisionsNotSent); // approved on the kit: the national side decides
        Assert.Equal(ReportStatus.Submitted, National.FindReport("R-TS")!.Status);
        Assert.Equal(ReportStatus.Submitted, National.FindReport("R-TS2")!.Status);
        Assert.Equal(ReportJson.Serialize(Kit.FindReport("R-TS")!.Report), ReportJson.Serialize(National.FindReport("R-TS")!.Report));

        var third = Sync();
        Assert.True(third.NothingToDo, $"pushed {third.Pushed}, pulled {third.Pulled}, updated {third.Updated}");
        Assert.Equal(0, third.AlreadyPresent);
        Assert.Equal(1, third.DecisionsNotSent);
        Assert.Equal(Ids(National), Ids(Kit));
        AssertKitProjectionsEqualRebuild();
    }

    [SkippableFact]
    public void A_completion_made_offline_and_approved_nationally_closes_the_kits_hazard()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-1", Square(37.0, 49.0, 0.01)));
        Sync();
        KitLifecycle.Submit(R("R-DONE", "HA-1", 9, new Completion(Square(36.99, 48.99, 0.03), 20, [])));
        Assert.Equal(1, Sync().Pushed);
        NationalLifecycle.Approve("R-DONE", TestDeciders.DataManager);

        var pull = Sync();
        Assert.Equal(1, pull.Updated);
        Assert.Equal(0, pull.Pulled);
        var kitHazard = Kit.FindHazard("HA-1")!;
        Assert.Equal(HazardStatus.Closed, kitHazard.Status);
        Assert.Equal(0, kitHazard.RemainingM2);
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(kitHazard));
        var approval = National.History("R-DONE").Single(e => e.Status == ReportStatus.Approved);
        Assert.Equal(approval, Kit.History("R-DONE")[^1]);
        AssertKitProjectionsEqualRebuild();
        Assert.True(Sync().NothingToDo);
    }

    [SkippableFact]
    public void A_report_the_national_side_refuses_is_listed_with_its_reason_not_stored_and_sent_again()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-1", Square(37.0, 49.0, 0.01)));
        Sync();
        // Meanwhile the office closed the hazard; the kit, offline, reports more clearance on it.
        SubmitAndApprove(NationalLifecycle, R("R-DONE", "HA-1", 9, new Completion(Square(36.99, 48.99, 0.03), 20, [])));
        KitLifecycle.Submit(R("R-LATE", "HA-1", 12, new ClearanceProgress(Square(37.0, 49.0, 0.002), 10, null, [])));
        KitLifecycle.Submit(R("R-OK", null, 12, new EodSpotTask([new Core.Ordnance.EoFind(Core.Ordnance.EoCategory.ApMine, "PMN-2", 1, Core.Ordnance.EoCondition.Intact, 10, Core.Spatial.Geo.Point(37.5, 49.5), Core.Ordnance.Disposal.DestroyedInSitu)])));

        var result = Sync();
        var refused = Assert.Single(result.Refused);
        Assert.Equal("R-LATE", refused.ReportId);
        Assert.Equal(SubmissionStatus.Refused, refused.Status);
        Assert.Contains("R-LATE", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("closed", refused.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, result.Pushed);
        Assert.Null(National.FindReport("R-LATE"));
        Assert.NotNull(National.FindReport("R-OK"));
        Assert.Equal(HazardStatus.Closed, Kit.FindHazard("HA-1")!.Status); // the completion came back

        var again = Sync();
        Assert.Equal("R-LATE", Assert.Single(again.Refused).ReportId);
        Assert.Equal(0, again.Pushed);
        AssertKitProjectionsEqualRebuild();
    }

    [SkippableTheory]
    [InlineData(2)] // the link drops while pushing
    [InlineData(8)] // ... while pulling
    public void An_interrupted_sync_is_finished_by_the_next_without_duplicates_or_losses(int callsBeforeFailure)
    {
        for (int i = 0; i < 20; i++)
        {
            SubmitAndApprove(NationalLifecycle, Create($"HA-N{i:00}", Square(37.0 + i * 0.02, 49.0, 0.01)));
            if (i % 3 == 0) SubmitAndApprove(NationalLifecycle, R($"R-N{i:00}-TS", $"HA-N{i:00}", 2, new TechnicalSurvey(Square(37.0 + i * 0.02, 49.0, 0.004), true, [])));
        }
        NationalLifecycle.Submit(R("R-N01-PENDING", "HA-N01", 5, new ClearanceProgress(Square(37.02, 49.0, 0.002), 8, null, [])));
        for (int i = 0; i < 15; i++) KitLifecycle.Submit(Create($"HA-K{i:00}", Square(38.0 + i * 0.02, 49.0, 0.01)));

        var broken = new FieldKitSync(Kit, new FaultyPeer(Peer, callsBeforeFailure)) { BatchSize = 4 };
        Assert.Throws<IOException>(() => broken.Run());
        AssertKitProjectionsEqualRebuild();

        var resumed = new FieldKitSync(Kit, Peer) { BatchSize = 4 }.Run();
        Assert.True(resumed.Pushed + resumed.Pulled > 0);
        var all = Ids(National);
        Assert.Equal(20 + 7 + 1 + 15, all.Count);
        Assert.Equal(all, Ids(Kit));
        Assert.Equal(all.Count, all.Distinct().Count());
        foreach (var id in all) Assert.Single(National.History(id), e => e.Status == ReportStatus.Submitted);
        AssertKitProjectionsEqualRebuild();
        Assert.Equal(National.Hazards().Select(Bytes), Kit.Hazards().Select(Bytes));
        Assert.True(new FieldKitSync(Kit, Peer) { BatchSize = 4 }.Run().NothingToDo);
    }

    [SkippableFact]
    public void Two_corrections_of_one_report_are_both_kept_and_surfaced_and_only_one_can_be_approved()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(NationalLifecycle, R("R-TS", "HA-1", 3, new TechnicalSurvey(Square(37.0, 49.0, 0.004), true, [])));
        Sync();
        NationalLifecycle.Submit(R("S2", "HA-1", 3, new TechnicalSurvey(Square(37.0, 49.0, 0.005), true, []), supersedes: "R-TS", reason: "office: polygon redrawn from the sketch"));
        KitLifecycle.Submit(R("K2", "HA-1", 3, new TechnicalSurvey(Square(37.0, 49.0, 0.003), true, []), supersedes: "R-TS", reason: "team: GPS track corrected"));

        var result = Sync();
        Assert.Equal(1, result.Pushed);
        Assert.Equal(1, result.Pulled);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("R-TS", conflict.Superseded);
        Assert.Equal(["K2", "S2"], conflict.Pending);
        Assert.Contains("approve one", conflict.Describe(), StringComparison.Ordinal);
        Assert.Equal(conflict, Assert.Single(SupersedeConflicts.Find(National)), new ConflictComparer());

        NationalLifecycle.Approve("S2", TestDeciders.DataManager);
        var second = Assert.Throws<SafegroundException>(() => NationalLifecycle.Approve("K2", TestDeciders.DataManager));
        Assert.Equal(ErrorKind.Conflict, second.Kind);
        Assert.Contains("R-TS, which is already superseded (superseded by S2", second.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, National.FindReport("K2")!.Status);

        var after = Sync();
        var left = Assert.Single(after.Conflicts);
        Assert.Equal(ReportStatus.Superseded, left.Status);
        Assert.Equal(["K2"], left.Pending);
        Assert.Equal(ReportStatus.Superseded, Kit.FindReport("R-TS")!.Status);
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(Kit.FindHazard("HA-1")!));
        AssertKitProjectionsEqualRebuild();
    }

    [SkippableFact]
    public void A_kit_of_one_region_receives_that_region_and_its_own_hazards_only()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-N", Square(37.0, 49.0, 0.01), region: "North"));
        SubmitAndApprove(NationalLifecycle, Create("HA-S", Square(37.0, 47.0, 0.01), region: "South"));
        SubmitAndApprove(NationalLifecycle, R("R-S-TS", "HA-S", 2, new TechnicalSurvey(Square(37.0, 47.0, 0.004), true, [])));
        using (var tx = Kit.BeginWrite())
        {
            tx.ReplaceRegions([new Region("North", Square(36.0, 48.5, 2.0))]);
            tx.Commit();
        }
        // The team also recorded a hazard just across the line, in the south.
        KitLifecycle.Submit(Create("HA-S2", Square(37.2, 47.0, 0.01), region: "South"));

        var first = Sync();
        Assert.Equal("North", first.Region);
        Assert.Equal(1, first.Pushed);
        Assert.Equal(["R-HA-N", "R-HA-S2"], Ids(Kit));

        NationalLifecycle.Approve("R-HA-S2", TestDeciders.DataManager);
        SubmitAndApprove(NationalLifecycle, R("R-S2-TS", "HA-S2", 2, new TechnicalSurvey(Square(37.2, 47.0, 0.004), false, [])));
        var second = Sync();
        Assert.Equal(1, second.Pulled);
        Assert.Equal(1, second.Updated);
        Assert.Equal(["R-HA-N", "R-HA-S2", "R-S2-TS"], Ids(Kit));
        Assert.Equal(Bytes(National.FindHazard("HA-S2")!), Bytes(Kit.FindHazard("HA-S2")!));
        Assert.Null(Kit.FindHazard("HA-S"));
        AssertKitProjectionsEqualRebuild();
    }

    [SkippableFact]
    public void A_kit_without_a_region_receives_everything_and_a_caller_receives_what_it_may_see()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-N", Square(37.0, 49.0, 0.01), region: "North"));
        SubmitAndApprove(NationalLifecycle, Create("HA-S", Square(37.0, 47.0, 0.01), region: "South"));
        NationalLifecycle.Submit(R("R-B-PENDING", "HA-S", 2, new TechnicalSurvey(Square(37.0, 47.0, 0.004), true, []), org: "ORG-B"));
        NationalLifecycle.Submit(R("R-A-PENDING", "HA-N", 2, new TechnicalSurvey(Square(37.0, 49.0, 0.004), true, [])));

        var reporter = new Core.Access.User("team.a", "Team A", Core.Access.Role.FieldReporter, "ORG-A", false, DateTimeOffset.UnixEpoch);
        var peer = new StorePeer(National, NationalLifecycle, reporter);
        var result = new FieldKitSync(Kit, peer).Run();
        Assert.Null(result.Region);
        Assert.Equal(["R-A-PENDING", "R-HA-N", "R-HA-S"], Ids(Kit));

        KitLifecycle.Submit(R("R-B-KIT", "HA-S", 3, new ClearanceProgress(Square(37.0, 47.0, 0.002), 8, null, []), org: "ORG-B"));
        var refused = Assert.Single(new FieldKitSync(Kit, peer).Run().Refused);
        Assert.Equal("team.a cannot submit reports for organisation ORG-B", refused.Reason);
        Assert.Null(National.FindReport("R-B-KIT"));
    }

    private sealed class ConflictComparer : IEqualityComparer<SupersedeConflict>
    {
        public bool Equals(SupersedeConflict? x, SupersedeConflict? y) =>
            x is not null && y is not null && x.Superseded == y.Superseded && x.Status == y.Status && x.Pending.SequenceEqual(y.Pending);

        public int GetHashCode(SupersedeConflict obj) => obj.Superseded.GetHashCode(StringComparison.Ordinal);
    }
}
