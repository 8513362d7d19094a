using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Access;

/// <summary>
/// An admin's consent to take victims' personal data out of a store (<c>export</c> or <c>kit create</c> with
/// <c>--include-personal-data</c>). The command names the admin and gives the admin's password, since whoever can run the
/// command can read the file anyway: what this adds is that the release is an admin's decision, on record. Every
/// attempt, granted or refused, is appended to the store's audit log (who, when, what) before anything is written.
/// </summary>
public static class PersonalDataRelease
{
    /// <summary>Audit status of a granted release (as HTTP would answer it).</summary>
    public const int Granted = 200;

    /// <summary>Audit status of a refused release.</summary>
    public const int Refused = 403;

    /// <param name="action">What is released, for the audit log (e.g. "export personal data").</param>
    /// <param name="target">Where it goes (the output file).</param>
    /// <returns>The admin, whose <see cref="AccessPolicy.CanSeePersonalData"/> then says which reports keep their personal data.</returns>
    /// <exception cref="SafegroundException">Invalid when the user does not exist, the password is wrong or the user is no active admin.</exception>
    public static User Authorise(ISafegroundStore store, string username, string password, string action, string target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        var stored = store.FindUser(username);
        // The hash is checked even for an unknown user, so the answer takes as long either way.
        bool passwordOk = PasswordHasher.Verify(password, stored?.PasswordHash ?? PasswordHasher.Dummy) && stored is not null;
        bool granted = passwordOk && AccessPolicy.CanReleasePersonalData(stored!.User);
        using (var tx = store.BeginWrite())
        {
            tx.AppendAudit(new AuditEntry(now, username, "cli", "CLI", $"safeground {action} {target}", action, target, granted ? Granted : Refused));
            tx.Commit();
        }
        if (!passwordOk) throw SafegroundException.Invalid(Texts.Render("error.access.include-personal-data-wrong-username", ("username", username), ("location", store.Location)));
        if (!granted) throw SafegroundException.Invalid(Texts.Render("error.access.include-personal-data-only-active", ("username", username)));
        return stored!.User;
    }
}
