using System.CommandLine;
using Safeground.Contracts;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;
using Spectre.Console;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground ordnance list|find|add|edit|retire</c>: the programme's ordnance catalogue, the models finds name. Reading
/// is open; changing it is a data manager's or an admin's act (<see cref="OrdnanceEditor"/>), audited as the server's writes are.
/// </summary>
public static class OrdnanceCommand
{
    public static Command Create()
    {
        var cmd = new Command("ordnance", Texts.Render("cli.help.ordnance"));
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Find());
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(Edit());
        cmd.Subcommands.Add(Retire());
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var all = new Option<bool>("--all") { Description = Texts.Render("cli.help.ordnance-list.all") };
        var cmd = new Command("list", Texts.Render("cli.help.ordnance-list")) { all, store, json };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var catalogue = OrdnanceCatalogue.Of(s);
            var models = parse.GetValue(all) ? catalogue.Models : [.. catalogue.Active];
            if (parse.GetValue(json))
            {
                Console.WriteLine(ContractJson.Write(models.Select(OrdnanceModelView.From).ToList()));
                return SafegroundCli.Ok;
            }
            var t = new Table().Border(TableBorder.Rounded).AddColumns(Texts.Render("cli.ordnance.column.name"), Texts.Render("cli.ordnance.column.category"),
                Texts.Render("cli.ordnance.column.fuzes"), Texts.Render("cli.ordnance.column.country"), Texts.Render("cli.ordnance.column.aliases"),
                Texts.Render("cli.ordnance.column.retired"));
            foreach (var m in models)
                t.AddRow(Markup.Escape(m.Name), Markup.Escape(Words.Of(m.Category)), Markup.Escape(Fuzes(m)), Markup.Escape(m.Country ?? ""),
                    Markup.Escape(string.Join(", ", m.Aliases)), m.RetiredOn is { } d ? Markup.Escape(Texts.Day(d)) : "");
            AnsiConsole.Write(t);
            Console.WriteLine(Texts.Render("cli.ordnance.count", ("count", models.Count), ("store", s.Location)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Find()
    {
        var name = new Argument<string>("name") { Description = Texts.Render("cli.help.ordnance-find.name") };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("find", Texts.Render("cli.help.ordnance-find")) { name, store, json };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var model = OrdnanceCatalogue.Of(s).Resolve(parse.GetValue(name)!, s.Location);
            Print(model, parse.GetValue(json));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = Texts.Render("cli.help.ordnance-add.name") };
        var o = new ModelOptions(categoryRequired: true);
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("add", Texts.Render("cli.help.ordnance-add")) { name };
        o.AddTo(cmd);
        cmd.Options.Add(store);
        cmd.Options.Add(json);
        cmd.SetAction(parse =>
        {
            var typed = parse.GetValue(name)!;
            var username = parse.GetValue(o.By)!;
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var added = Audited(s, username, "ordnance add", typed, user =>
                new OrdnanceEditor(s).Add(o.Apply(parse, new OrdnanceModel(typed, EoCategory.Uxo, [], null, [], null)), user));
            if (!parse.GetValue(json)) Console.WriteLine(Texts.Render("cli.ordnance.added", ("model", added.Name), ("store", s.Location)));
            else Print(added, json: true);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Edit()
    {
        var name = new Argument<string>("name") { Description = Texts.Render("cli.help.ordnance-edit.name") };
        var rename = new Option<string?>("--name") { Description = Texts.Render("cli.help.ordnance-edit.rename"), HelpName = "NAME" };
        var o = new ModelOptions(categoryRequired: false);
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("edit", Texts.Render("cli.help.ordnance-edit")) { name, rename };
        o.AddTo(cmd);
        cmd.Options.Add(store);
        cmd.Options.Add(json);
        cmd.SetAction(parse =>
        {
            var typed = parse.GetValue(name)!;
            var username = parse.GetValue(o.By)!;
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var edited = Audited(s, username, "ordnance edit", typed, user => new OrdnanceEditor(s).Edit(typed, m =>
            {
                var changed = o.Apply(parse, m);
                return parse.GetValue(rename) is { } n ? changed with { Name = n } : changed;
            }, user));
            if (!parse.GetValue(json)) Console.WriteLine(Texts.Render("cli.ordnance.edited", ("model", edited.Name), ("store", s.Location)));
            else Print(edited, json: true);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Retire()
    {
        var name = new Argument<string>("name") { Description = Texts.Render("cli.help.ordnance-edit.name") };
        var on = new Option<DateOnly?>("--on") { Description = Texts.Render("cli.help.ordnance-retire.on"), HelpName = "YYYY-MM-DD" };
        var by = ModelOptions.ByOption();
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("retire", Texts.Render("cli.help.ordnance-retire")) { name, on, by, store, json };
        cmd.SetAction(parse =>
        {
            var typed = parse.GetValue(name)!;
            var day = parse.GetValue(on) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var retired = Audited(s, parse.GetValue(by)!, "ordnance retire", typed, user => new OrdnanceEditor(s).Retire(typed, day, user));
            if (!parse.GetValue(json)) Console.WriteLine(Texts.Render("cli.ordnance.retired", ("model", retired.Name), ("store", s.Location), ("date", day)));
            else Print(retired, json: true);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    // The change and its audit line: done or refused, the user named by --by is on the line.
    private static OrdnanceModel Audited(ISafegroundStore s, string username, string action, string target, Func<User, OrdnanceModel> change)
    {
        OrdnanceModel done;
        try
        {
            var user = s.FindUser(username)?.User
                ?? throw SafegroundException.Invalid(Texts.Render("cli.ordnance.unknown-user", ("username", username), ("store", s.Location)));
            done = change(user);
        }
        catch (SafegroundException)
        {
            CliAudit.Append(s, username, action, target, SafegroundCli.Failure);
            throw;
        }
        CliAudit.Append(s, username, action, done.Id, SafegroundCli.Ok);
        return done;
    }

    private static void Print(OrdnanceModel m, bool json)
    {
        if (json)
        {
            Console.WriteLine(ContractJson.Write(OrdnanceModelView.From(m)));
            return;
        }
        var t = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        t.AddRow(Texts.Render("cli.ordnance.column.name"), Markup.Escape(m.Name));
        t.AddRow(Texts.Render("cli.ordnance.column.category"), Markup.Escape(Words.Of(m.Category)));
        t.AddRow(Texts.Render("cli.ordnance.column.fuzes"), Markup.Escape(Fuzes(m)));
        t.AddRow(Texts.Render("cli.ordnance.column.hazard"), Markup.Escape(m.Hazard ?? ""));
        t.AddRow(Texts.Render("cli.ordnance.column.aliases"), Markup.Escape(string.Join(", ", m.Aliases)));
        t.AddRow(Texts.Render("cli.ordnance.column.country"), Markup.Escape(m.Country ?? ""));
        if (m.RetiredOn is { } d) t.AddRow(Texts.Render("cli.ordnance.column.retired"), Markup.Escape(Texts.Day(d)));
        AnsiConsole.Write(t);
    }

    private static string Fuzes(OrdnanceModel m) => Texts.Join(m.Fuzes.Select(f => Words.Of(f)));

    /// <summary>The options add and edit share; on edit, each one given replaces what the model had.</summary>
    private sealed class ModelOptions(bool categoryRequired)
    {
        public Option<string> Category { get; } = new("--category") { Description = Texts.Render("cli.help.ordnance.category"), Required = categoryRequired, HelpName = "CATEGORY" };
        public Option<string[]> Fuze { get; } = new("--fuze") { Description = Texts.Render("cli.help.ordnance.fuze"), HelpName = "KIND", AllowMultipleArgumentsPerToken = false };
        public Option<string?> Hazard { get; } = new("--hazard") { Description = Texts.Render("cli.help.ordnance.hazard"), HelpName = "TEXT" };
        public Option<string[]> Alias { get; } = new("--alias") { Description = Texts.Render("cli.help.ordnance.alias"), HelpName = "NAME" };
        public Option<string?> Country { get; } = new("--country") { Description = Texts.Render("cli.help.ordnance.country"), HelpName = "NAME" };
        public Option<string> By { get; } = ByOption();

        public static Option<string> ByOption() => new("--by") { Description = Texts.Render("cli.help.ordnance.by"), Required = true, HelpName = "USERNAME" };

        public void AddTo(Command cmd)
        {
            foreach (Option o in new Option[] { Category, Fuze, Hazard, Alias, Country, By }) cmd.Options.Add(o);
        }

        public OrdnanceModel Apply(ParseResult parse, OrdnanceModel m)
        {
            if (parse.GetValue(Category) is { } c) m = m with { Category = FuzeNames.ParseCategory(c) };
            if (parse.GetValue(Fuze) is { Length: > 0 } f) m = m with { Fuzes = [.. f.Select(FuzeNames.ParseFuze)] };
            if (parse.GetValue(Hazard) is { } h) m = m with { Hazard = h };
            if (parse.GetValue(Alias) is { Length: > 0 } a) m = m with { Aliases = a };
            if (parse.GetValue(Country) is { } k) m = m with { Country = k };
            return m;
        }
    }
}
