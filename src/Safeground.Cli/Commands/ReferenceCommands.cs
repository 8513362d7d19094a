using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Import;
using Safeground.Core.Reference;
using Safeground.Core.Storage;
using Spectre.Console;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground organisation|team|deployment add|edit|retire|list</c>: reference data managed by an admin or a data manager
/// (<see cref="ReferenceEditor"/>), each write audited with <c>--by</c>, refusals too. <c>edit</c> changes only the options
/// given; <c>retire</c> keeps the record (old reports name it). Lists use the words the store keeps:
/// <c>--accredited clearance@2027-12-31,eod</c>, <c>--roles team-leader=1,deminer=8</c>.
/// </summary>
public static class ReferenceCommands
{
    public static Command Organisation()
    {
        var cmd = new Command("organisation", Texts.Render("cli.help.refdata.organisation"));
        cmd.Subcommands.Add(OrganisationWrite(edit: false));
        cmd.Subcommands.Add(OrganisationWrite(edit: true));
        cmd.Subcommands.Add(Retire("organisation", (e, id, on, by) => e.RetireOrganisation(id, on, by)));
        cmd.Subcommands.Add(List("organisation", s => s.Organisations(), o => o.Id,
            [("cli.refdata.column.name", o => o.Name), ("cli.refdata.column.country", o => o.Country),
             ("cli.refdata.column.accredited", o => Output.AccreditationWords.Of(o.Accreditations)), ("cli.refdata.column.retired", o => Day(o.RetiredOn))],
            o => new { id = o.Id, name = o.Name, country = o.Country, accreditations = o.Accreditations.Select(a => new { activity = StoredNames.Of(a.Activity), validUntil = Iso(a.ValidUntil) }), retiredOn = Iso(o.RetiredOn) }));
        return cmd;
    }

    public static Command Team()
    {
        var cmd = new Command("team", Texts.Render("cli.help.refdata.team"));
        cmd.Subcommands.Add(TeamWrite(edit: false));
        cmd.Subcommands.Add(TeamWrite(edit: true));
        cmd.Subcommands.Add(Retire("team", (e, id, on, by) => e.RetireTeam(id, on, by)));
        cmd.Subcommands.Add(List("team", s => s.Teams(), t => t.Id,
            [("cli.refdata.column.organisation", t => t.OrganisationId), ("cli.refdata.column.name", t => t.Name), ("cli.refdata.column.asset", t => StoredNames.Of(t.Asset)),
             ("cli.refdata.column.size", t => t.Size.ToString(Texts.Culture)), ("cli.refdata.column.roles", t => ReferenceCodes.Of(t.Roles) ?? ""), ("cli.refdata.column.retired", t => Day(t.RetiredOn))],
            t => new { id = t.Id, organisationId = t.OrganisationId, name = t.Name, asset = StoredNames.Of(t.Asset), size = t.Size, roles = t.Roles.Select(r => new { role = StoredNames.Of(r.Role), count = r.Count }), retiredOn = Iso(t.RetiredOn) }));
        return cmd;
    }

    public static Command Deployment()
    {
        var cmd = new Command("deployment", Texts.Render("cli.help.refdata.deployment"));
        cmd.Subcommands.Add(DeploymentWrite(edit: false));
        cmd.Subcommands.Add(DeploymentWrite(edit: true));
        cmd.Subcommands.Add(Retire("deployment", (e, id, on, by) => e.RetireDeployment(id, on, by)));
        cmd.Subcommands.Add(List("deployment", s => s.Deployments(), d => d.Id,
            [("cli.refdata.column.team", d => d.TeamId), ("cli.refdata.column.region", d => d.Region), ("cli.refdata.column.start", d => Texts.Day(d.Start)),
             ("cli.refdata.column.days", d => d.PlannedDays.ToString(Texts.Culture)), ("cli.refdata.column.retired", d => Day(d.RetiredOn))],
            d => new { id = d.Id, teamId = d.TeamId, region = d.Region, start = Iso(d.Start), plannedDays = d.PlannedDays, retiredOn = Iso(d.RetiredOn) }));
        return cmd;
    }

    private static Command OrganisationWrite(bool edit)
    {
        var name = Text("--name", "NAME", "cli.help.refdata.name");
        var country = Text("--country", "CODE", "cli.help.refdata.country");
        var accredited = Text("--accredited", "ACTIVITIES", "cli.help.refdata.accredited");
        return Write("organisation", edit, [name, country, accredited], (parse, s, editor, id, by) =>
        {
            var stored = s.Organisations().FirstOrDefault(o => o.Id == id);
            var o = (edit && stored is not null ? stored : new Organisation(id, "", ""))
                with { Name = parse.GetValue(name) ?? stored?.Name ?? "", Country = parse.GetValue(country) ?? stored?.Country ?? "" };
            if (parse.GetValue(accredited) is { } a) o = o with { Accreditations = Words(a, "--accredited", ReferenceCodes.Accreditations) };
            return edit ? editor.EditOrganisation(o, by) : editor.AddOrganisation(o, by);
        });
    }

    private static Command TeamWrite(bool edit)
    {
        var organisation = Text("--organisation", "ID", "cli.help.refdata.organisation-id");
        var name = Text("--name", "NAME", "cli.help.refdata.name");
        var asset = Text("--asset", "ASSET", "cli.help.refdata.asset");
        var size = new Option<int?>("--size") { Description = Texts.Render("cli.help.refdata.size"), HelpName = "N" };
        var roles = Text("--roles", "ROLES", "cli.help.refdata.roles");
        return Write("team", edit, [organisation, name, asset, size, roles], (parse, s, editor, id, by) =>
        {
            var stored = s.Teams().FirstOrDefault(t => t.Id == id);
            var t = (edit && stored is not null ? stored : new Team(id, "", "", AssetKind.Manual, 0)) with
            {
                OrganisationId = parse.GetValue(organisation) ?? stored?.OrganisationId ?? "",
                Name = parse.GetValue(name) ?? stored?.Name ?? "",
                Size = parse.GetValue(size) ?? stored?.Size ?? 0,
            };
            if (parse.GetValue(asset) is { } k) t = t with { Asset = Words(k, "--asset", StoredNames.Parse<AssetKind>) };
            if (parse.GetValue(roles) is { } r) t = t with { Roles = Words(r, "--roles", ReferenceCodes.Roles) };
            return edit ? editor.EditTeam(t, by) : editor.AddTeam(t, by);
        });
    }

    private static Command DeploymentWrite(bool edit)
    {
        var team = Text("--team", "ID", "cli.help.refdata.team-id");
        var region = Text("--region", "NAME", "cli.help.refdata.region");
        var start = Text("--start", "YYYY-MM-DD", "cli.help.refdata.start");
        var days = new Option<int?>("--days") { Description = Texts.Render("cli.help.refdata.days"), HelpName = "N" };
        return Write("deployment", edit, [team, region, start, days], (parse, s, editor, id, by) =>
        {
            var stored = s.Deployments().FirstOrDefault(d => d.Id == id);
            var startOn = parse.GetValue(start) is { } st ? DateParsing.Parse(st, "--start") : stored?.Start
                ?? throw SafegroundException.Invalid(Texts.Render("error.refdata.required", ("field", "--start")));
            var d = (edit && stored is not null ? stored : new Deployment(id, "", "", startOn, 0)) with
            {
                TeamId = parse.GetValue(team) ?? stored?.TeamId ?? "",
                Region = parse.GetValue(region) ?? stored?.Region ?? "",
                Start = startOn,
                PlannedDays = parse.GetValue(days) ?? stored?.PlannedDays ?? 0,
            };
            return edit ? editor.EditDeployment(d, by) : editor.AddDeployment(d, by);
        });
    }

    private delegate object Writer(ParseResult parse, ISafegroundStore store, ReferenceEditor editor, string id, User by);

    /// <summary><c>add</c> or <c>edit</c>: the id, the kind's options, <c>--by</c> and <c>--store</c>; audited whatever the outcome.</summary>
    private static Command Write(string noun, bool edit, Option[] options, Writer write)
    {
        var verb = edit ? "edit" : "add";
        var id = new Argument<string>("id") { Description = Texts.Render("cli.help.refdata.id") };
        var by = By();
        var store = CommonOptions.Store();
        var cmd = new Command(verb, Texts.Render(edit ? "cli.help.refdata.edit" : "cli.help.refdata.add")) { id, by, store };
        foreach (var o in options) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            Audited(parse.GetValue(store)!, parse.GetValue(by)!, $"{noun} {verb}", key, (s, user) => write(parse, s, new ReferenceEditor(s), key, user));
            Console.WriteLine(Texts.Render(edit ? "cli.refdata.edited" : "cli.refdata.added", ("what", "word." + noun), ("id", key)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Retire(string noun, Func<ReferenceEditor, string, DateOnly, User, object> retire)
    {
        var id = new Argument<string>("id") { Description = Texts.Render("cli.help.refdata.id") };
        var on = new Option<string>("--on") { Description = Texts.Render("cli.help.refdata.on"), Required = true, HelpName = "YYYY-MM-DD" };
        var by = By();
        var store = CommonOptions.Store();
        var cmd = new Command("retire", Texts.Render("cli.help.refdata.retire")) { id, on, by, store };
        cmd.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var day = DateParsing.Parse(parse.GetValue(on)!, "--on");
            Audited(parse.GetValue(store)!, parse.GetValue(by)!, $"{noun} retire", key, (s, user) => retire(new ReferenceEditor(s), key, day, user));
            Console.WriteLine(Texts.Render("cli.refdata.retired", ("what", "word." + noun), ("id", key), ("date", Iso(day))));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command List<T>(string noun, Func<ISafegroundStore, IReadOnlyList<T>> read, Func<T, string> idOf,
        (string Header, Func<T, string> Cell)[] columns, Func<T, object> json)
    {
        var store = CommonOptions.Store();
        var asJson = CommonOptions.Json();
        var cmd = new Command("list", Texts.Render("cli.help.refdata.list")) { store, asJson };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var rows = read(s);
            if (parse.GetValue(asJson))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows.Select(json), Contracts.ContractJson.Indented));
                return SafegroundCli.Ok;
            }
            if (rows.Count == 0)
            {
                Console.WriteLine(Texts.Render("cli.refdata.none", ("what", "word." + noun), ("store", s.Location)));
                return SafegroundCli.Ok;
            }
            var t = new Table().AddColumn(Texts.Render("cli.refdata.column.id"));
            foreach (var c in columns) t.AddColumn(Texts.Render(c.Header));
            foreach (var r in rows) t.AddRow([Markup.Escape(idOf(r)), .. columns.Select(c => Markup.Escape(c.Cell(r)))]);
            AnsiConsole.Write(t);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static void Audited(string path, string username, string action, string target, Func<ISafegroundStore, User, object> work)
    {
        using var s = StoreOpener.Open(path, create: false);
        try
        {
            var user = s.FindUser(username)?.User
                ?? throw SafegroundException.Invalid(Texts.Render("cli.refdata.unknown-user", ("username", username), ("store", s.Location)));
            work(s, user);
        }
        catch (SafegroundException)
        {
            CliAudit.Append(s, username, action, target, SafegroundCli.Failure);
            throw;
        }
        CliAudit.Append(s, username, action, target, SafegroundCli.Ok);
    }

    private static Option<string> By() => new("--by")
    {
        Description = Texts.Render("cli.help.refdata.by"),
        Required = true,
        HelpName = "USERNAME",
    };

    private static Option<string?> Text(string name, string help, string description) =>
        new(name) { Description = Texts.Render(description), HelpName = help };

    /// <summary>A list in the store's words; a word it does not know is an error naming the option and the word.</summary>
    private static TResult Words<TResult>(string text, string option, Func<string, TResult> parse)
    {
        try
        {
            return parse(text.Replace(',', ';').Replace(" ", "", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            throw SafegroundException.Invalid(Texts.Render("cli.refdata.bad-list", ("option", option), ("text", text)));
        }
    }

    private static string Day(DateOnly? day) => day is { } d ? Texts.Day(d) : "";

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
