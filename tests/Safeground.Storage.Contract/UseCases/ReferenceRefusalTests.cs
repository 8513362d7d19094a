using Safeground.Core;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// A report naming a retired organisation, team or deployment (as of its date), or an organisation not accredited for its
/// work then, is refused; an organisation with no accreditation recorded (unmanaged, as old stores and imports are) is not.
/// </summary>
public abstract class ReferenceRefusalTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    protected ReferenceRefusalTests()
    {
        using var tx = Store.BeginWrite();
        tx.Put(new Organisation("ORG-A", "Field Demining Group North", "UA")
        {
            Accreditations = [new Accreditation(Activity.NonTechnicalSurvey, Day0.AddDays(10)), new Accreditation(Activity.Eod)],
            RetiredOn = Day0.AddDays(30),
        });
        tx.Put(new Organisation("ORG-U", "Unmanaged", "UA"));
        tx.Put(new Team("T-1", "ORG-A", "Team 1", AssetKind.Manual, 10) { RetiredOn = Day0.AddDays(5) });
        tx.Put(new Team("T-2", "ORG-A", "Team 2", AssetKind.Manual, 10));
        tx.Commit();
    }

    // A fresh lifecycle: the reference lists are read once per instance.
    private ReportRecord Submit(Report report) =>
        new ReportLifecycle(Store, new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(Store)).Submit(report);

    private static Report Survey(string id, int day, string organisation = "ORG-A", string? team = null) =>
        Create("HA-" + id, Square(37.0, 49.0, 0.01), day) with { Id = "R-" + id, OrganisationId = organisation, TeamId = team };

    [SkippableFact]
    public void A_report_within_accreditation_and_before_retirement_is_taken()
    {
        Submit(Survey("1", 0, team: "T-1"));
        Submit(Survey("2", 10, team: "T-2"));
        Submit(Survey("3", 40, organisation: "ORG-U"));
        Assert.Equal(3, Store.Reports(ReportStatus.Submitted).Count());
    }

    [SkippableFact]
    public void Work_outside_accreditation_is_refused_naming_what_the_organisation_may_do()
    {
        var e = Assert.Throws<SafegroundException>(() => Submit(Survey("1", 11)));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains("organisationId: organisation 'ORG-A' is not accredited for non-technical-survey on 2026-03-13, only for eod", e.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Reports(ReportStatus.Submitted));
    }

    [SkippableFact]
    public void A_retired_team_or_organisation_is_refused_with_the_ids_still_in_use()
    {
        var team = Assert.Throws<SafegroundException>(() => Submit(Survey("1", 5, team: "T-1")));
        Assert.Contains("teamId: team 'T-1' was retired on 2026-03-07, on or before the report's date (did you mean 'T-2'?)", team.Message, StringComparison.Ordinal);
        var org = Assert.Throws<SafegroundException>(() => Submit(Survey("2", 30)));
        Assert.Contains("organisation 'ORG-A' was retired on 2026-04-01", org.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Reports(ReportStatus.Submitted));
    }

    [SkippableFact]
    public void A_team_retired_after_the_lifecycle_started_is_refused_by_its_next_submission()
    {
        // One lifecycle kept for many submissions, as a long-lived host may: it must not answer from lists read before.
        var lifecycle = new ReportLifecycle(Store, new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(Store));
        lifecycle.Submit(Survey("1", 0, organisation: "ORG-U", team: "T-2"));
        new ReferenceEditor(Store).RetireTeam("T-2", Day0.AddDays(20), TestDeciders.DataManager);
        var e = Assert.Throws<SafegroundException>(() => lifecycle.Submit(Survey("2", 25, organisation: "ORG-U", team: "T-2")));
        Assert.Contains("teamId: team 'T-2' was retired on 2026-03-22", e.Message, StringComparison.Ordinal);
        // A report dated before the retirement is still taken, and a batch reads the lists once, after the retirement too.
        lifecycle.Submit(Survey("3", 19, organisation: "ORG-U", team: "T-2"));
        var batch = lifecycle.SubmitAll([Survey("4", 21, organisation: "ORG-U", team: "T-2"), Survey("5", 2, organisation: "ORG-U", team: "T-2")]);
        Assert.Equal([SubmissionStatus.Refused, SubmissionStatus.Accepted], batch.Select(o => o.Status));
        Assert.Equal(["R-1", "R-3", "R-5"], Store.Reports(ReportStatus.Submitted).Select(r => r.Report.Id).Order(StringComparer.Ordinal));
    }
}
