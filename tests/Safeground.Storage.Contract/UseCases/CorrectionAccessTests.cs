using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// Who may correct whose report (a report that supersedes another), asked by Core at submission and again at approval,
/// whichever way the report came in: the attack of an organisation replacing another organisation's accident report.
/// </summary>
public abstract class CorrectionAccessTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private readonly User _reporterA, _reporterB, _managerA, _managerB;

    public CorrectionAccessTests()
    {
        using (var tx = Store.BeginWrite())
        {
            tx.Put(new Organisation("ORG-B", "Mine Action South", "UA"));
            tx.Commit();
        }
        _reporterA = Add("reporter.a", Role.FieldReporter, "ORG-A");
        _reporterB = Add("reporter.b", Role.FieldReporter, "ORG-B");
        _managerA = Add("manager.a", Role.DataManager, "ORG-A");
        _managerB = Add("manager.b", Role.DataManager, "ORG-B");
        // Organisation A's accident, approved: the victim of the attack.
        SubmitAndApprove(Accident("R-ACC-A", "ORG-A"));
    }

    private User Add(string name, Role role, string? org) =>
        UserAccounts.Add(Store, name, null, role, org, "correct horse battery", DateTimeOffset.UtcNow, iterations: 1000);

    private static Report Accident(string id, string org, string? supersedes = null) =>
        R(id, null, 5, new AccidentReport(new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.Zero), Geo.Point(37.003, 49.003), true, "clearance", AssetKind.Manual,
            null, null, null, null, EoCategory.ApMine, "PMN-2", 5, null, null, null,
            [new Core.Accidents.Victim(null, Core.Accidents.Gender.Male, null, 30, null, "deminer", Core.Accidents.VictimOutcome.Injured, null, "excavating")]),
            supersedes, supersedes is null ? null : "moved the accident") with { OrganisationId = org };

    [SkippableFact]
    public void A_reporter_of_another_organisation_cannot_submit_a_correction_of_its_report()
    {
        var attack = Accident("R-ACC-B", "ORG-B", supersedes: "R-ACC-A") with { SubmittedBy = "reporter.b" };
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(attack, _reporterB));
        Assert.Equal(ErrorKind.Forbidden, e.Kind);
        Assert.Equal("reporter.b cannot supersede report R-ACC-A: it is of organisation ORG-A, which reporter.b may not submit for", e.Message);

        // Pushed from a field kit, and entered directly with a name the store knows or one it does not: refused the same way.
        var pushed = Assert.Single(Lifecycle.SubmitAll([attack], _reporterB));
        Assert.Equal(SubmissionStatus.Refused, pushed.Status);
        Assert.Equal(e.Message, pushed.Reason);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => Lifecycle.Submit(attack)).Kind);
        var stranger = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(attack with { SubmittedBy = "nobody.known" }));
        Assert.Contains("stays within its organisation", stranger.Message, StringComparison.Ordinal);
        Assert.Null(Store.FindReport("R-ACC-B"));
        Assert.Single(Store.Accidents());
    }

    [SkippableFact]
    public void A_correction_smuggled_into_the_store_cannot_be_approved_by_a_data_manager_of_the_wrong_organisation()
    {
        // Written straight into the store, past every submission check.
        var smuggled = Accident("R-ACC-B", "ORG-B", supersedes: "R-ACC-A") with { SubmittedBy = "reporter.b" };
        using (var tx = Store.BeginWrite())
        {
            tx.AddReport(smuggled, new ReportEvent(smuggled.Id, ReportStatus.Submitted, DateTimeOffset.UtcNow, "reporter.b", null));
            tx.Commit();
        }
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-ACC-B", _managerB));
        Assert.Equal(ErrorKind.Forbidden, e.Kind);
        Assert.Equal("manager.b cannot approve report R-ACC-B: it supersedes R-ACC-A of organisation ORG-A, which manager.b may not decide on", e.Message);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-ACC-B", "manager.b")).Kind);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-ACC-B", _managerA)).Kind); // may not decide on B's report

        Assert.Equal(ReportStatus.Approved, Store.FindReport("R-ACC-A")!.Status);
        Assert.Equal(ReportStatus.Submitted, Store.FindReport("R-ACC-B")!.Status);
        Assert.Equal("R-ACC-A", Assert.Single(Store.Accidents()).ReportId);
    }

    [SkippableFact]
    public void An_organisation_corrects_its_own_report_and_a_data_manager_of_that_organisation_approves_it()
    {
        var fix = Accident("R-ACC-A2", "ORG-A", supersedes: "R-ACC-A") with { SubmittedBy = "reporter.a" };
        Lifecycle.Submit(fix, _reporterA);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => Lifecycle.Approve(fix.Id, _reporterA)).Kind);
        Lifecycle.Approve(fix.Id, _managerA);
        Assert.Equal(ReportStatus.Superseded, Store.FindReport("R-ACC-A")!.Status);
        Assert.Equal("R-ACC-A2", Assert.Single(Store.Accidents()).ReportId);
    }
}
