using Safeground.Core.Reports;

namespace Safeground.Core.Access;

/// <summary>
/// Who may see and do what: the business rules of access, in one place. The server asks these questions;
/// it decides nothing on its own.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Everyone (viewer upwards, and anonymous callers when allowed) sees approved data.</item>
/// <item>A field reporter submits reports for its own organisation and sees its organisation's reports whatever their status.</item>
/// <item>A data manager approves, rejects and supersedes: of an organisation, that organisation's reports; of the national
/// authority (no organisation), any report.</item>
/// <item>A correction (a report that supersedes an approved one) may be proposed by whoever may submit for both the
/// correction's and the corrected report's organisation (a field kit corrects its own organisation's reports); it replaces
/// the corrected report only when approved by someone who may decide on both (<see cref="CanApproveCorrection"/>).</item>
/// <item>A field kit's reports reach the national side with the token of a user who may submit for their organisation;
/// the author each names must be that user or a colleague who may submit for it too (<see cref="CanDeliverFor"/>).</item>
/// <item>An admin does everything and manages users; only admins read the audit log.</item>
/// <item>Users list and revoke their own tokens; admins those of their organisation's users (of the authority: anyone's).</item>
/// <item>A report that is not approved and that a user may not see does not exist for that user (404, so ids do not leak).</item>
/// <item>Victims' personal data (names, dates of birth, addresses; IMAS 10.60) only for data managers and admins of the
/// authority or of the report's organisation; out of the store (exports, kits) only when an admin asks.</item>
/// </list>
/// </remarks>
public static class AccessPolicy
{
    /// <summary>Whether <paramref name="user"/> sees every report whatever its organisation and status.</summary>
    public static bool SeesAllReports(User user) =>
        Active(user) && (user.Role == Role.Admin || (user.Role == Role.DataManager && user.IsAuthority));

    /// <summary>The organisation whose unapproved reports <paramref name="user"/> sees besides approved ones (null: none, or all when <see cref="SeesAllReports"/>).</summary>
    public static string? OwnOrganisation(User user) =>
        Active(user) && user.Role >= Role.FieldReporter ? user.OrganisationId : null;

    public static bool CanSeeReport(User user, string organisationId, ReportStatus status) =>
        status == ReportStatus.Approved && Active(user)
        || SeesAllReports(user)
        || (OwnOrganisation(user) is { } own && own == organisationId);

    /// <summary>
    /// Whether a field kit of <paramref name="user"/> receives the report in a sync: what the user may see, and also
    /// superseded reports, which were approved and published: a kit that holds one as approved must learn that it
    /// no longer counts, or its hazards would count a release twice.
    /// </summary>
    public static bool CanSync(User user, string organisationId, ReportStatus status) =>
        CanSeeReport(user, organisationId, status) || (status == ReportStatus.Superseded && Active(user));

    public static bool CanSubmit(User user, string organisationId) =>
        Active(user) && user.Role switch
        {
            Role.Admin => true,
            Role.DataManager => user.IsAuthority || user.OrganisationId == organisationId,
            Role.FieldReporter => user.OrganisationId == organisationId,
            _ => false,
        };

    /// <summary>Approve, reject, or supersede a report of <paramref name="organisationId"/>.</summary>
    public static bool CanDecide(User user, string organisationId) =>
        Active(user) && user.Role switch
        {
            Role.Admin => true,
            Role.DataManager => user.IsAuthority || user.OrganisationId == organisationId,
            _ => false,
        };

    /// <summary>
    /// Whether a report of <paramref name="organisationId"/> that supersedes an approved report of <paramref name="supersededOrganisationId"/>
    /// may be submitted by <paramref name="submitter"/>. Null: an author the store does not know (a paper form entered by the
    /// operator of the store, a kit's report synced directly between stores): such a correction stays within its organisation.
    /// </summary>
    public static bool CanProposeCorrection(User? submitter, string organisationId, string supersededOrganisationId) =>
        submitter is null
            ? organisationId == supersededOrganisationId
            : CanSubmit(submitter, organisationId) && CanSubmit(submitter, supersededOrganisationId);

    /// <summary>Whether <paramref name="user"/> may approve a report of <paramref name="organisationId"/> that replaces one of <paramref name="supersededOrganisationId"/>.</summary>
    public static bool CanApproveCorrection(User user, string organisationId, string supersededOrganisationId) =>
        CanDecide(user, organisationId) && CanDecide(user, supersededOrganisationId);

    /// <summary>Whether <paramref name="deliverer"/> may push to the national side a report of <paramref name="organisationId"/> written by <paramref name="author"/> on a field kit.</summary>
    public static bool CanDeliverFor(User deliverer, User author, string organisationId) =>
        CanSubmit(deliverer, organisationId) && CanSubmit(author, organisationId);

    public static bool CanSeePersonalData(User user, string organisationId) => CanDecide(user, organisationId);

    /// <summary>
    /// Whether <paramref name="user"/> may take victims' personal data out of the store (an export or a field kit with
    /// <c>--include-personal-data</c>): admins only, and each release is written to the audit log.
    /// </summary>
    public static bool CanReleasePersonalData(User user) => Active(user) && user.Role == Role.Admin;

    public static bool CanManageUsers(User user) => Active(user) && user.Role == Role.Admin;

    public static bool CanReadAudit(User user) => CanManageUsers(user);

    /// <summary>Whether <paramref name="user"/> may set the programme's rules (thresholds every report is held to): an admin.</summary>
    public static bool CanSetRules(User user) => Active(user) && user.Role == Role.Admin;

    /// <summary>Whether <paramref name="user"/> may add, edit and retire organisations, teams and deployments: an admin or a data manager.</summary>
    public static bool CanManageReference(User user) => Active(user) && user.Role is Role.Admin or Role.DataManager;

    /// <summary>
    /// Import a programme's past land release as approved reports (<c>import --as releases</c>): an administrator's act,
    /// as setting the rules is (the reports skip the review queue).
    /// </summary>
    public static bool CanImportHistory(User user) => Active(user) && user.Role == Role.Admin;

    /// <summary>Add, edit and retire models of the programme's ordnance catalogue: a data manager or an admin.</summary>
    public static bool CanManageOrdnance(User user) => Active(user) && user.Role >= Role.DataManager;

    /// <summary>
    /// List and revoke the sessions and API tokens of <paramref name="owner"/>: the owner itself, an admin of the owner's
    /// organisation, or an admin of the national authority. An anonymous caller owns nothing (even a user named "anonymous").
    /// </summary>
    public static bool CanManageTokensOf(User caller, User owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!Active(caller) || ReferenceEquals(caller, User.Anonymous)) return false;
        return caller.Username == owner.Username
            || (caller.Role == Role.Admin && (caller.IsAuthority || caller.OrganisationId == owner.OrganisationId));
    }

    /// <summary>Whether <paramref name="user"/> may call the server at all: approved data, for every active user (and anonymous callers where the server allows them).</summary>
    public static bool CanRead(User user) => Active(user);

    /// <summary>Whether <paramref name="user"/> is someone with an account (sessions, tokens): never an anonymous caller.</summary>
    public static bool HasAccount(User user) => Active(user) && !ReferenceEquals(user, User.Anonymous);

    /// <summary>Whether <paramref name="user"/> submits reports at all (for which organisation: <see cref="CanSubmit"/>): a field reporter or above.</summary>
    public static bool CanSubmitReports(User user) => Active(user) && user.Role >= Role.FieldReporter;

    /// <summary>Whether <paramref name="user"/> decides on reports at all (on which: <see cref="CanDecide"/>): a data manager or above.</summary>
    public static bool CanDecideReports(User user) => Active(user) && user.Role >= Role.DataManager;

    private static bool Active(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.Disabled;
    }
}
