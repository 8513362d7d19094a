using System.CommandLine;
using System.Text;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Storage;

namespace Safeground.Cli;

/// <summary>
/// <c>--include-personal-data --admin NAME [--password-stdin]</c>: the options with which an admin takes victims' personal
/// data out of a store (<c>export</c>, <c>kit create</c>). Without them, nothing personal leaves. The admin's password is
/// read from stdin or typed without echo, and the release is checked and audited by <see cref="PersonalDataRelease"/>.
/// </summary>
public sealed class PersonalDataOptions
{
    public Option<bool> Include { get; } = new("--include-personal-data")
    {
        Description = "Keep victims' names, dates of birth and addresses (left out by default); an admin only (--admin), recorded in the store's audit log",
    };

    public Option<string?> Admin { get; } = new("--admin")
    {
        Description = "With --include-personal-data: the admin (a user of the store) who asks for it; the password is asked for",
        HelpName = "USERNAME",
    };

    public Option<bool> PasswordStdin { get; } = new("--password-stdin")
    {
        Description = "With --include-personal-data: read the admin's password from the first line of stdin (for scripts)",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Include);
        command.Options.Add(Admin);
        command.Options.Add(PasswordStdin);
    }

    /// <summary>The admin who asked for personal data, checked and audited; null when it was not asked for.</summary>
    /// <param name="action">What is released, for the audit log.</param>
    /// <param name="target">Where it goes.</param>
    public User? Authorise(ParseResult parse, ISafegroundStore store, string action, string target)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var admin = parse.GetValue(Admin);
        if (!parse.GetValue(Include))
        {
            if (admin is not null || parse.GetValue(PasswordStdin))
                throw SafegroundException.Invalid("--admin and --password-stdin go with --include-personal-data; without it no personal data is exported");
            return null;
        }
        if (string.IsNullOrWhiteSpace(admin))
            throw SafegroundException.Invalid("--include-personal-data needs --admin USERNAME: an admin of the store asks for victims' personal data, and the audit log records who");
        var password = parse.GetValue(PasswordStdin) ? ReadLineFromStdin() : Prompt(admin);
        return PersonalDataRelease.Authorise(store, admin, password, action, target, DateTimeOffset.UtcNow);
    }

    private static string ReadLineFromStdin() =>
        Console.In.ReadLine() is { Length: > 0 } line ? line.TrimEnd('\r') : throw SafegroundException.Invalid("--password-stdin: stdin is empty");

    private static string Prompt(string admin)
    {
        if (Console.IsInputRedirected) throw SafegroundException.Invalid("no terminal to type the admin's password: use --password-stdin");
        return HiddenInput.Read($"Password of {admin}: ");
    }
}
