using Safeground.Core;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract;

// Administrative regions and the payload-free report summaries roll-ups read.
public abstract partial class StoreContractTests
{
    private static Region Square(string name, double lon, double lat, double size) => new(name,
        ContractData.Wkt(FormattableString.Invariant($"POLYGON (({lon} {lat}, {lon + size} {lat}, {lon + size} {lat + size}, {lon} {lat + size}, {lon} {lat}))")));

    [SkippableFact]
    public void A_new_store_has_no_regions()
    {
        using var store = CreateStore();
        Assert.Empty(store.Regions());
    }

    [SkippableFact]
    public void Regions_round_trip_ordered_by_name_with_their_boundaries()
    {
        using var store = CreateStore();
        var west = Square("West", 36.0, 49.0, 0.005);
        // A region of two parts (an exclave) keeps both.
        var east = new Region("East", ContractData.Wkt("MULTIPOLYGON (((36.005 49.0, 36.01 49.0, 36.01 49.01, 36.005 49.01, 36.005 49.0)), ((36.02 49.0, 36.03 49.0, 36.03 49.01, 36.02 49.0)))"));
        Write(store, tx => tx.ReplaceRegions([west, east]));
        var stored = store.Regions();
        Assert.Equal(["East", "West"], stored.Select(r => r.Name));
        AssertSameGeometry(east.Boundary, stored[0].Boundary);
        AssertSameGeometry(west.Boundary, stored[1].Boundary);
    }

    [SkippableFact]
    public void Replacing_regions_replaces_the_whole_set()
    {
        using var store = CreateStore();
        Write(store, tx => tx.ReplaceRegions([Square("A", 36, 49, 0.01), Square("B", 36.01, 49, 0.01)]));
        Write(store, tx => tx.ReplaceRegions([Square("C", 36, 49, 0.02)]));
        Assert.Equal(["C"], store.Regions().Select(r => r.Name));
    }

    [SkippableFact]
    public void Regions_not_committed_are_not_kept_and_duplicate_names_are_refused()
    {
        using var store = CreateStore();
        Write(store, tx => tx.ReplaceRegions([Square("A", 36, 49, 0.01)]));
        using (var tx = store.BeginWrite())
        {
            tx.ReplaceRegions([Square("B", 36, 49, 0.01)]);
        }
        Assert.Equal(["A"], store.Regions().Select(r => r.Name));

        using (var tx = store.BeginWrite())
        {
            var e = Assert.Throws<SafegroundException>(() => tx.ReplaceRegions([Square("Z", 36, 49, 0.01), Square("Z", 37, 49, 0.01)]));
            Assert.Contains("'Z'", e.Message, StringComparison.Ordinal);
        }
        Assert.Equal(["A"], store.Regions().Select(r => r.Name));
    }

    [SkippableFact]
    public void Report_summaries_list_approved_reports_in_replay_order_with_team_deployment_and_effort()
    {
        using var store = CreateStore();
        var progress = new Report("R-CP", ContractData.Hazard, ContractData.Org, "T-2", "D-1", new DateOnly(2024, 5, 1), ContractData.T0.AddDays(60), "team leader",
            new ClearanceProgress(ContractData.Wkt("POLYGON ((36.005 49.0, 36.01 49.0, 36.01 49.002, 36.005 49.002, 36.005 49.0))"), 24, 3.5, []));
        AddApproved(store, ContractData.NtsCreate(), progress, ContractData.TsReduce());
        Write(store, tx => tx.AddReport(ContractData.Completion(), ContractData.Submitted(ContractData.Completion()))); // submitted only: left out
        var rows = store.ApprovedReportSummaries().ToList();
        Assert.Equal(["R-NTS", "R-TS", "R-CP"], rows.Select(r => r.Id));
        var cp = rows[2];
        Assert.Equal((ReportKind.ClearanceProgress, ContractData.Hazard, ContractData.Org, "T-2", "D-1", new DateOnly(2024, 5, 1), (double?)24, (double?)3.5),
            (cp.Kind, cp.HazardId, cp.OrganisationId, cp.TeamId, cp.DeploymentId, cp.DateOfInformation, cp.DeminerDays, cp.MachineHours));
        Assert.Equal((ReportKind.NonTechnicalSurvey, "T-1", (string?)null, (double?)null), (rows[0].Kind, rows[0].TeamId, rows[0].DeploymentId, rows[0].DeminerDays));
    }
}
