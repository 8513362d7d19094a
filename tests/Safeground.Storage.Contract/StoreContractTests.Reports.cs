using Safeground.Core;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract;

// Reference data, reports, lifecycle and transactions.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void Reference_data_is_stored_updated_and_listed_by_id()
    {
        using var store = CreateStore();
        Write(store, tx =>
        {
            tx.Put(ContractData.Organisation with { Id = "ORG-2", Name = "Second" });
            tx.Put(ContractData.Organisation);
            tx.Put(ContractData.Team);
            tx.Put(ContractData.Deployment);
        });
        Write(store, tx => tx.Put(ContractData.Team with { Size = 14 }));

        Assert.Equal([ContractData.Organisation, ContractData.Organisation with { Id = "ORG-2", Name = "Second" }], store.Organisations());
        Assert.Equal([ContractData.Team with { Size = 14 }], store.Teams());
        Assert.Equal([ContractData.Deployment], store.Deployments());
    }

    [SkippableFact]
    public void A_report_is_stored_as_given_with_its_history_oldest_first()
    {
        using var store = CreateStore();
        var report = ContractData.NtsCreate();
        AddApproved(store, report);
        var superseded = new ReportEvent(report.Id, ReportStatus.Superseded, report.SubmittedAt.AddDays(3), "data manager", "wrong perimeter");
        Write(store, tx => tx.Record(superseded));

        var stored = store.FindReport(report.Id);
        Assert.NotNull(stored);
        AssertSameReport(report, stored.Report);
        Assert.Equal(report.SubmittedAt, stored.Report.SubmittedAt);
        Assert.Equal(ReportStatus.Superseded, stored.Status);
        Assert.Equal("wrong perimeter", stored.StatusReason);
        Assert.Equal(superseded.At, stored.DecidedAt);
        Assert.Equal("data manager", stored.DecidedBy);
        Assert.Equal([ContractData.Submitted(report), ContractData.Approved(report), superseded], store.History(report.Id));
        Assert.Null(store.FindReport("nope"));
        Assert.Empty(store.History("nope"));
    }

    [SkippableFact]
    public void A_submitted_report_has_no_decision_yet_and_statuses_move_on()
    {
        using var store = CreateStore();
        var report = ContractData.TsReduce();
        Write(store, tx => tx.AddReport(report, ContractData.Submitted(report)));
        var submitted = store.FindReport(report.Id)!;
        Assert.Equal((ReportStatus.Submitted, (DateTimeOffset?)null, (string?)null), (submitted.Status, submitted.DecidedAt, submitted.DecidedBy));

        var rejected = new ReportEvent(report.Id, ReportStatus.Rejected, report.SubmittedAt.AddHours(5), "dm", "no map");
        Write(store, tx => tx.Record(rejected));
        var after = store.FindReport(report.Id)!;
        Assert.Equal((ReportStatus.Rejected, "no map", rejected.At, "dm"), (after.Status, after.StatusReason, after.DecidedAt, after.DecidedBy));
    }

    [SkippableFact]
    public void A_duplicate_report_id_is_a_conflict_naming_the_id()
    {
        using var store = CreateStore();
        var report = ContractData.NtsCreate();
        AddApproved(store, report);
        using var tx = store.BeginWrite();
        var e = Assert.Throws<SafegroundException>(() => tx.AddReport(report with { SubmittedBy = "someone else" }, ContractData.Submitted(report)));
        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Contains(report.Id, e.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Recording_an_event_for_an_unknown_report_is_not_found()
    {
        using var store = CreateStore();
        using var tx = store.BeginWrite();
        var e = Assert.Throws<SafegroundException>(() => tx.Record(new ReportEvent("ghost", ReportStatus.Approved, ContractData.T0, "dm", null)));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
    }

    [SkippableFact]
    public void Disposing_a_transaction_without_commit_keeps_nothing()
    {
        using var store = CreateStore();
        var report = ContractData.Completion();
        using (var tx = store.BeginWrite())
        {
            tx.Put(ContractData.Organisation);
            tx.AddReport(report, ContractData.Submitted(report));
            tx.PutHazard(ContractData.HazardState());
            tx.AddFinds(ContractData.FindsOf(report));
        }
        Assert.Empty(store.Organisations());
        Assert.Null(store.FindReport(report.Id));
        Assert.Empty(store.Hazards());
        Assert.Empty(store.Finds());

        // The store stays usable after a rollback.
        AddApproved(store, report);
        Assert.NotNull(store.FindReport(report.Id));
    }

    [SkippableFact]
    public void Reads_see_only_committed_data()
    {
        using var store = CreateStore();
        var report = ContractData.NtsCreate();
        using var tx = store.BeginWrite();
        tx.AddReport(report, ContractData.Submitted(report));
        Assert.Null(store.FindReport(report.Id));
        tx.Commit();
        Assert.NotNull(store.FindReport(report.Id));
    }

    [SkippableFact]
    public void Reports_are_listed_in_replay_order_and_filtered_by_status()
    {
        using var store = CreateStore();
        var nts = ContractData.NtsCreate();
        var ts = ContractData.TsReduce();
        var done = ContractData.Completion();
        // Same day as the completion, submitted earlier: replays first.
        var sameDay = ContractData.Accident("R-ACC") with { DateOfInformation = done.DateOfInformation, SubmittedAt = done.SubmittedAt.AddMinutes(-1) };
        // Same day and same time: the id breaks the tie.
        var tie = sameDay with { Id = "R-ACB" };
        Write(store, tx =>
        {
            foreach (var r in new[] { done, tie, ts, sameDay, nts }) tx.AddReport(r, ContractData.Submitted(r));
            tx.Record(ContractData.Approved(nts));
            tx.Record(ContractData.Approved(done));
        });

        Assert.Equal(["R-NTS", "R-TS", "R-ACB", "R-ACC", "R-DONE"], store.Reports().Select(r => r.Report.Id));
        Assert.Equal(["R-NTS", "R-DONE"], store.Reports(ReportStatus.Approved).Select(r => r.Report.Id));
        Assert.Equal(["R-TS", "R-ACB", "R-ACC"], store.Reports(ReportStatus.Submitted).Select(r => r.Report.Id));
        Assert.Empty(store.Reports(ReportStatus.Rejected));
        Assert.Equal(["R-NTS", "R-TS", "R-ACB", "R-ACC", "R-DONE"], store.ReportsOfHazard(ContractData.Hazard).Select(r => r.Report.Id));
        Assert.Empty(store.ReportsOfHazard("HA-none"));
        Assert.Equal(["R-NTS", "R-DONE"], store.ReportsOfHazard(ContractData.Hazard, ReportStatus.Approved).Select(r => r.Report.Id));
        Assert.Equal(["R-TS", "R-ACB", "R-ACC"], store.ReportsOfHazard(ContractData.Hazard, ReportStatus.Submitted).Select(r => r.Report.Id));
        Assert.Empty(store.ReportsOfHazard(ContractData.Hazard, ReportStatus.Rejected));
        Assert.Equal(store.Reports().Select(r => (r.Report.Id, r.Status, r.DecidedAt, r.Report.Kind, r.Report.OrganisationId)),
            store.ReportHeaders().Select(h => (h.Id, h.Status, h.DecidedAt, h.Kind, h.OrganisationId)));
    }
}
