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
        Description = Texts.Render("cli.help.option.include-personal-data"),
    };

    public Option<string?> Admin { get; } = new("--admin")
    {
        Description = Texts.Render("cli.help.option.admin"),
        HelpName = "USERNAME",
    };

    public Option<bool> PasswordStdin { get; } = new("--password-stdin")
    {
        Description = Texts.Render("cli.help.option.admin-password-stdin"),
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
                throw SafegroundException.Invalid(Texts.Render("cli.error.personal-data.admin-without-include"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(admin))
            throw SafegroundException.Invalid(Texts.Render("cli.error.personal-data.needs-admin"));
        var password = parse.GetValue(PasswordStdin) ? ReadLineFromStdin() : Prompt(admin);
        return PersonalDataRelease.Authorise(store, admin, password, action, target, DateTimeOffset.UtcNow);
    }

    private static string ReadLineFromStdin() =>
        Console.In.ReadLine() is { Length: > 0 } line ? line.TrimEnd('\r') : throw SafegroundException.Invalid(Texts.Render("cli.error.stdin-empty"));

    private static string Prompt(string admin)
    {
        if (Console.IsInputRedirected) throw SafegroundException.Invalid(Texts.Render("cli.error.personal-data.no-terminal"));
        return HiddenInput.Read(Texts.Render("cli.prompt.admin-password", ("admin", admin)));
    }
}
