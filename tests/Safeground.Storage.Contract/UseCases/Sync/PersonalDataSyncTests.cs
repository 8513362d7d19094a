using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Kits;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Sync;

namespace Safeground.Storage.Contract.UseCases.Sync;

/// <summary>
/// Victims' personal data never travels by sync, and a kit's copy without it is the same report to sync: nothing is
/// pushed back, nothing is a conflict, decisions still arrive, and the projections are the national side's.
/// </summary>
public abstract class PersonalDataSyncTests<TKind> : SyncStores<TKind> where TKind : StoreKind, new()
{
    private const string Name = "Zinovia Quorrbeck";
    private const string Address = "17 Testova St, Kyiv, tel +380 44 555 0199";
    private static readonly DateOnly Born = new(1971, 7, 13);

    private static Report Accident(string id, string hazard, int day, string org = "ORG-A") =>
        R(id, hazard, day, new AccidentReport(new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), Geo.Point(37.005, 49.005), true,
            "excavation", AssetKind.Manual, "missed signal", "pressure", false, true, Core.Ordnance.EoCategory.ApMine, "PMN-2", 5, "dry", "sunny", "retraining",
            [new Victim(Name, Gender.Female, Born, 54, Address, "deminer", VictimOutcome.Injured, "foot", "excavation"),
             new Victim(null, Gender.Male, null, 40, null, "medic", VictimOutcome.Killed, null, null)]), org: org);

    private static void AssertNoPersonalData(string text)
    {
        Assert.DoesNotContain("Quorrbeck", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1971-07-13", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Testova", text, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0199", text, StringComparison.Ordinal);
    }

    private void Plant()
    {
        SubmitAndApprove(NationalLifecycle, Create("HA-1", Square(37.0, 49.0, 0.01)));
        SubmitAndApprove(NationalLifecycle, Accident("R-ACC-1", "HA-1", 2));
        NationalLifecycle.Submit(Accident("R-ACC-2", "HA-1", 3));
        Assert.True(PersonalData.Holds(National.FindReport("R-ACC-1")!.Report), "the national store keeps the report as it came");
    }

    [SkippableFact]
    public void Fetch_withholds_victims_personal_data_and_the_pulled_copy_syncs_as_the_same_report()
    {
        Plant();
        var fetched = Peer.Fetch(["R-ACC-1", "R-ACC-2"], default);
        Assert.Equal(2, fetched.Count);
        foreach (var f in fetched)
        {
            AssertNoPersonalData(ReportJson.Serialize(f.Report));
            var victims = ((AccidentReport)f.Report.Body).Victims;
            Assert.Equal([VictimOutcome.Injured, VictimOutcome.Killed], victims.Select(v => v.Outcome));
            Assert.Equal([54, 40], victims.Select(v => v.Age));
        }

        var first = Sync();
        Assert.Equal(3, first.Pulled);
        Assert.Equal(0, first.Pushed);
        foreach (var r in Kit.Reports()) AssertNoPersonalData(ReportJson.Serialize(r.Report));

        NationalLifecycle.Approve("R-ACC-2", TestDeciders.DataManager);
        var second = Sync();
        Assert.Equal((0, 0, 1), (second.Pushed, second.Pulled, second.Updated));
        Assert.Empty(second.Refused);
        Assert.Empty(second.Conflicts);
        Assert.Equal(National.Accidents().Select(a => (a.ReportId, a.Accident.Victims.Count)), Kit.Accidents().Select(a => (a.ReportId, a.Accident.Victims.Count)));
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(Kit.FindHazard("HA-1")!));
        AssertKitProjectionsEqualRebuild();
        Assert.True(Sync().NothingToDo);
    }

    [SkippableFact]
    public void A_kit_made_without_personal_data_pushes_nothing_back_and_learns_decisions()
    {
        Plant();
        using (var tx = National.BeginWrite())
        {
            tx.ReplaceRegions([new Region("North", Square(36.9, 48.9, 0.3))]);
            tx.Commit();
        }
        var summary = FieldKit.Fill(National, Kit, new KitRequest("North"));
        Assert.Equal((2, 1), (summary.ApprovedReports, summary.PendingReports));
        foreach (var r in Kit.Reports()) AssertNoPersonalData(ReportJson.Serialize(r.Report));
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(Kit.FindHazard("HA-1")!));

        var first = Sync();
        Assert.True(first.NothingToDo, $"pushed {first.Pushed}, present {first.AlreadyPresent}, refused {first.Refused.Count}, pulled {first.Pulled}");
        Assert.Empty(first.Conflicts);
        NationalLifecycle.Approve("R-ACC-2", TestDeciders.DataManager);
        var second = Sync();
        Assert.Equal((0, 1), (second.Pushed, second.Updated));
        Assert.Equal(ReportStatus.Approved, Kit.FindReport("R-ACC-2")!.Status);
        Assert.Equal(2, Kit.Accidents().Count());
        AssertKitProjectionsEqualRebuild();
        Assert.Equal(Bytes(National.FindHazard("HA-1")!), Bytes(Kit.FindHazard("HA-1")!));
        // The national side still holds the reports as they were submitted: evidence is never rewritten.
        Assert.True(PersonalData.Holds(National.FindReport("R-ACC-2")!.Report));
    }
}
