using Safeground.Core.Access;
using Safeground.Core.Reports;
using Safeground.Core.Text;

namespace Safeground.Core.Lifecycle;

/// <summary>
/// How a report reaches the store, which decides who and when it records and whose rights are asked: entered
/// directly (the store's operator), by a signed-in user, or delivered from a field kit by a signed-in user.
/// </summary>
/// <param name="Actor">The user whose rights a correction is checked against (null: an author the store does not know).</param>
/// <param name="By">Who the submission event names (null: the report's <c>submittedBy</c>).</param>
/// <param name="Accountable">Whether <paramref name="Actor"/> signed in, so that every report is checked against their rights.</param>
internal sealed record Submission(User? Actor, string? By, bool Accountable, Func<Report, DateTimeOffset, Report> Stamp)
{
    /// <summary>The operator of the store enters a report: its author and field time are kept (a missing time is now).</summary>
    public static Submission Direct(Storage.ISafegroundStore store, Report report) =>
        new(Known(store, report.SubmittedBy), null, false, (r, now) => r.SubmittedAt == default ? r with { SubmittedAt = now } : r);

    /// <summary>A signed-in user submits: the report is theirs and the clock's, whatever the body said.</summary>
    public static Submission SignedIn(User user) => new(user, user.Username, true, (r, now) =>
    {
        if (!string.IsNullOrWhiteSpace(r.SubmittedBy) && r.SubmittedBy != user.Username)
            throw SafegroundException.Invalid(Texts.Render("error.report.submittedby-not-signed-user-leave", ("submittedBy", r.SubmittedBy), ("username", user.Username)));
        return r with { SubmittedBy = user.Username, SubmittedAt = now };
    });

    /// <summary>
    /// A signed-in user pushes a field kit's report: it was written offline, by them or by a colleague they may deliver
    /// for, at the kit's time, which is kept unless it is missing (now) or later than the clock (refused).
    /// </summary>
    public static Submission Delivered(Storage.ISafegroundStore store, User deliverer) => new(deliverer, deliverer.Username, true, (r, now) =>
    {
        if (!string.IsNullOrWhiteSpace(r.SubmittedBy) && r.SubmittedBy != deliverer.Username
            && (Known(store, r.SubmittedBy) is not { } author || !AccessPolicy.CanDeliverFor(deliverer, author, r.OrganisationId)))
            throw SafegroundException.Forbidden(Texts.Render("error.report.delivered-for-stranger", ("report", r.Id), ("submittedBy", r.SubmittedBy),
                ("organisation", r.OrganisationId), ("username", deliverer.Username)));
        if (r.SubmittedAt > now)
            throw SafegroundException.Invalid(Texts.Render("error.report.report-submittedat-later-than-national", ("report", r.Id), ("submittedAt", FormattableString.Invariant($"{r.SubmittedAt:yyyy-MM-dd HH:mm:ss zzz}"))));
        return r with
        {
            SubmittedBy = string.IsNullOrWhiteSpace(r.SubmittedBy) ? deliverer.Username : r.SubmittedBy,
            SubmittedAt = r.SubmittedAt == default ? now : r.SubmittedAt,
        };
    });

    /// <summary>
    /// The stored report <paramref name="report"/> repeats, when one is stored under its id with the same content from the
    /// same signed-in <paramref name="submitter"/> (a retry after a lost answer, a form sent again after a reload); else null.
    /// Only what the server sets itself is left out of the comparison: the submission time and the hazards a release spans.
    /// </summary>
    public static ReportRecord? Repeated(Storage.ISafegroundStore store, Report report, User submitter)
    {
        if (string.IsNullOrWhiteSpace(report.Id) || store.FindReport(report.Id) is not { } stored) return null;
        if (stored.Report.SubmittedBy != submitter.Username) return null;
        if (!string.IsNullOrWhiteSpace(report.SubmittedBy) && report.SubmittedBy != submitter.Username) return null;
        var again = report with
        {
            SubmittedBy = submitter.Username,
            SubmittedAt = stored.Report.SubmittedAt,
            AlsoHazards = report.AlsoHazards ?? stored.Report.AlsoHazards,
        };
        return ReportJson.Serialize(again) == ReportJson.Serialize(stored.Report) ? stored : null;
    }

    // A disabled user is still known: AccessPolicy refuses what they may no longer do.
    private static User? Known(Storage.ISafegroundStore store, string? username) =>
        string.IsNullOrWhiteSpace(username) ? null : store.FindUser(username)?.User;
}
