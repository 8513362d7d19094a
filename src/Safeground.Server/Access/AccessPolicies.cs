using Safeground.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Safeground.Core.Access;

namespace Safeground.Server.Access;

/// <summary>
/// The server's authorization policies: each asks <see cref="AccessPolicy"/> (the rules live there, once). Every endpoint
/// names one (<c>.RequireAuthorization(AccessPolicies.X)</c>) or is open (<c>.AllowAnonymous()</c>); the fallback policy
/// refuses an endpoint that names neither, so a forgotten one is closed, not open.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Anyone the server lets in: every active user, and anonymous readers where the server allows them. Approved data;
    /// what else a caller sees, each endpoint asks <see cref="AccessPolicy"/> (what is not theirs to see is 404).</summary>
    public const string Caller = "caller";

    /// <summary>A user with an account, never an anonymous reader (own API tokens, the antiforgery token).</summary>
    public const string Account = "account";

    /// <summary>Submits reports (for which organisation: <see cref="SubmitFor"/> and the lifecycle): field reporter or above.</summary>
    public const string FieldReporter = "field-reporter";

    /// <summary>A field kit's push (<c>/sync/push</c>): the same rule as <see cref="FieldReporter"/>, told to a kit's operator.</summary>
    public const string SyncPush = "sync-push";

    /// <summary>Decides on reports (approve, reject, settle conflicts; on which: the lifecycle): data manager or above.</summary>
    public const string DataManager = "data-manager";

    /// <summary>Administration: the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Resource-based (the resource is an organisation id): may submit for that organisation.</summary>
    public const string SubmitFor = "submit-for-organisation";

    /// <summary>Resource-based (the resource is an organisation id): may decide on that organisation's reports.</summary>
    public const string DecideFor = "decide-for-organisation";

    /// <summary>Every policy name an endpoint may require (the route-table test checks each endpoint names one of these).</summary>
    public static IReadOnlyList<string> EndpointPolicies { get; } = [Caller, Account, FieldReporter, SyncPush, DataManager, Admin];

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Caller, p => p.AddRequirements(new CallerRequirement(AccessPolicy.CanRead, u => Texts.Render("api.policy.disabled", ("user", u.Username)))));
        options.AddPolicy(Account, p => p.AddRequirements(new CallerRequirement(AccessPolicy.HasAccount,
            _ => Texts.Render("api.policy.anonymous"))));
        options.AddPolicy(FieldReporter, p => p.AddRequirements(new CallerRequirement(AccessPolicy.CanSubmitReports,
            u => Texts.Render("api.policy.submit", ("user", u.Username), ("role", Words.Id(u.Role))))));
        options.AddPolicy(SyncPush, p => p.AddRequirements(new CallerRequirement(AccessPolicy.CanSubmitReports,
            u => Texts.Render("api.policy.push", ("user", u.Username), ("role", Words.Id(u.Role))))));
        options.AddPolicy(DataManager, p => p.AddRequirements(new CallerRequirement(AccessPolicy.CanDecideReports,
            u => Texts.Render("api.policy.decide", ("user", u.Username), ("role", Words.Id(u.Role))))));
        options.AddPolicy(Admin, p => p.AddRequirements(new CallerRequirement(AccessPolicy.CanReadAudit,
            u => Texts.Render("api.policy.admin", ("needed", Words.Id(Role.Admin)), ("user", u.Username), ("role", Words.Id(u.Role))))));
        options.AddPolicy(SubmitFor, p => p.AddRequirements(new OrganisationRequirement(AccessPolicy.CanSubmit,
            (u, org) => Texts.Render("api.policy.submit-for", ("user", u.Username), ("organisation", org)))));
        options.AddPolicy(DecideFor, p => p.AddRequirements(new OrganisationRequirement(AccessPolicy.CanDecide,
            (u, org) => Texts.Render("api.policy.decide-for", ("user", u.Username), ("organisation", org)))));
        // An endpoint that names no policy: refused (401 without credentials, 403 with), never open by omission.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new CallerRequirement(_ => false,
            _ => Texts.Render("api.policy.none"))).Build();
    }
}
