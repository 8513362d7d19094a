using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Storage.Contract.UseCases.Sync;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// Who submitted and decided, and when, as the lifecycle records them: the signed-in user and the clock, a field kit's
/// time kept; decisions by known users of the store; and "four eyes" unless the programme's rules allow self-approval.
/// </summary>
public abstract class SubmitterTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private readonly User _reporter, _manager, _otherManager;

    public SubmitterTests()
    {
        _reporter = Add("reporter.a", Role.FieldReporter, "ORG-A");
        _manager = Add("manager.a", Role.DataManager, "ORG-A");
        _otherManager = Add("manager.a2", Role.DataManager, "ORG-A");
        SubmitAndApprove(Create("HA-1", Square(37.0, 49.0, 0.01)));
    }

    private User Add(string name, Role role, string? org) =>
        UserAccounts.Add(Store, name, null, role, org, "correct horse battery", DateTimeOffset.UtcNow, iterations: 1000);

    private static Report Progress(string id, int day = 3) => R(id, "HA-1", day, new ClearanceProgress(Square(37.0, 49.0, 0.002), 4, null, []));

    [SkippableFact]
    public void A_signed_in_submission_is_the_users_and_the_clocks_whatever_the_body_says()
    {
        var named = Assert.Throws<SafegroundException>(() => Lifecycle.Submit(Progress("R-2") with { SubmittedBy = "manager.a2" }, _reporter));
        Assert.Equal(ErrorKind.Invalid, named.Kind);
        Assert.Equal("submittedBy: 'manager.a2' is not the signed-in user (reporter.a); leave it out, the report is recorded under your name", named.Message);

        var stored = Lifecycle.Submit(Progress("R-2") with { SubmittedBy = null!, SubmittedAt = default }, _reporter).Report;
        Assert.Equal("reporter.a", stored.SubmittedBy);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero), stored.SubmittedAt); // the clock's, never year 1
        var again = Lifecycle.Submit(Progress("R-3") with { SubmittedBy = "reporter.a", SubmittedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) }, _reporter).Report;
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero), again.SubmittedAt);
        Assert.Equal(["reporter.a"], Store.History("R-3").Select(e => e.By));
    }

    [SkippableFact]
    public void A_report_entered_without_a_time_gets_the_clocks_and_same_day_reports_keep_their_order()
    {
        var clock = new TickingClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var lifecycle = new ReportLifecycle(Store, clock, Safeground.Core.Rules.StoredProgramme.Of(Store));
        lifecycle.Submit(Progress("R-Z") with { SubmittedAt = default });
        lifecycle.Submit(Progress("R-A") with { SubmittedBy = "reporter.a", SubmittedAt = default }, _reporter);
        var stored = Store.ReportsOfHazard("HA-1").Where(r => r.Status == ReportStatus.Submitted).Select(r => r.Report).ToList();
        Assert.All(stored, r => Assert.Equal(2026, r.SubmittedAt.Year));
        // Same day of information: replayed in the order they reached the store, not by id.
        Assert.Equal(["R-Z", "R-A"], stored.Order(ReplayOrder.Instance).Select(r => r.Id));
    }

    [SkippableFact]
    public void A_field_kits_reports_keep_their_field_time_and_name_their_author_or_a_colleague_of_the_deliverer()
    {
        var fieldTime = new DateTimeOffset(2026, 8, 30, 16, 0, 0, TimeSpan.Zero);
        var outcomes = Lifecycle.SubmitAll([
            Progress("R-K1") with { SubmittedBy = "reporter.a", SubmittedAt = fieldTime },
            Progress("R-K2") with { SubmittedBy = "manager.a2", SubmittedAt = default },
            Progress("R-K3") with { SubmittedBy = "someone.unknown" },
            Progress("R-K4") with { SubmittedBy = "reporter.a", SubmittedAt = new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero) },
        ], _reporter);
        Assert.Equal([SubmissionStatus.Accepted, SubmissionStatus.Accepted, SubmissionStatus.Refused, SubmissionStatus.Refused], outcomes.Select(o => o.Status));
        Assert.Equal("report R-K3 is submitted by 'someone.unknown', who is not a user of the national side that may submit for organisation ORG-A: "
            + "reporter.a can deliver only their own reports and those of such users", outcomes[2].Reason);
        Assert.StartsWith("report R-K4: submittedAt 2026-09-02 00:00:00 +00:00 is later than the national side's clock", outcomes[3].Reason, StringComparison.Ordinal);
        Assert.Equal(fieldTime, Store.FindReport("R-K1")!.Report.SubmittedAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero), Store.FindReport("R-K2")!.Report.SubmittedAt);
        // The author is kept; the submission event names who delivered it, and neither may approve it.
        Assert.Equal("manager.a2", Store.FindReport("R-K2")!.Report.SubmittedBy);
        Assert.Equal("reporter.a", Store.History("R-K2").Single().By);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-K2", _otherManager)).Kind);
        Lifecycle.Approve("R-K2", _manager);
    }

    [SkippableFact]
    public void A_data_manager_cannot_approve_their_own_report_unless_the_programme_allows_it()
    {
        Lifecycle.Submit(Progress("R-2") with { SubmittedBy = "manager.a" }, _manager);
        var e = Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-2", _manager));
        Assert.Equal(ErrorKind.Forbidden, e.Kind);
        Assert.Equal("manager.a cannot approve report R-2: they submitted it, and the programme's rules (default: approval.allowSelfApproval is false) "
            + "require a second person to approve (four eyes)", e.Message);
        Assert.Equal(ReportStatus.Submitted, Store.FindReport("R-2")!.Status);

        var lenient = ProgrammeRules.Parse("""{ "programme": "small-programme", "approval": { "allowSelfApproval": true } }""", "small.json");
        Assert.True(lenient.AllowSelfApproval);
        Assert.False(ProgrammeRules.Default.AllowSelfApproval);
        new ReportLifecycle(Store, new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), lenient).Approve("R-2", _manager);
        Assert.Equal("manager.a", Store.History("R-2").Last().By);
    }

    [SkippableFact]
    public void A_decision_by_name_needs_a_known_enabled_user_who_may_decide()
    {
        Lifecycle.Submit(Progress("R-2"));
        var unknown = Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-2", "ghost"));
        Assert.Equal(ErrorKind.Invalid, unknown.Kind);
        Assert.StartsWith("'ghost' is not a user of ", unknown.Message, StringComparison.Ordinal);
        var reporter = Assert.Throws<SafegroundException>(() => Lifecycle.Reject("R-2", "reporter.a", "no"));
        Assert.Equal("reporter.a (field reporter) cannot reject reports; a data manager does", reporter.Message);
        using (var tx = Store.BeginWrite())
        {
            tx.SetDisabled("manager.a2", true);
            tx.Commit();
        }
        Assert.Equal("user 'manager.a2' is disabled and cannot decide on reports", Assert.Throws<SafegroundException>(() => Lifecycle.Approve("R-2", "manager.a2")).Message);
        Assert.Equal(ReportStatus.Submitted, Store.FindReport("R-2")!.Status);
        Lifecycle.Approve("R-2", "manager.a");
        Assert.Equal("manager.a", Store.History("R-2").Last().By);
    }
}
