using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Safeground.Cli.Output;
using Safeground.Core;
using Safeground.Core.Rules;
using Spectre.Console;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground rules show|set|history</c>: the programme's rules belong to the store. <c>set</c> validates the file, stores
/// it as a new version (an admin, audited), checks the submitted reports again and replays the hazards (<see cref="RulesChange"/>).
/// </summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var cmd = new Command("rules", Texts.Render("cli.help.rules"));
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(Set());
        cmd.Subcommands.Add(History());
        return cmd;
    }

    private static Command Show()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("show", Texts.Render("cli.help.rules-show")) { store, json };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var doc = RulesDocument.Of(StoredProgramme.Read(s));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(doc, Options));
                return SafegroundCli.Ok;
            }
            Print(doc, s.Location);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Set()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("file") { Description = Texts.Render("cli.help.rules-set.file") };
        var by = new Option<string>("--by")
        {
            Description = Texts.Render("cli.help.rules-set.by"),
            Required = true,
            HelpName = "USERNAME",
        };
        var note = new Option<string?>("--note") { Description = Texts.Render("cli.help.rules-set.note"), HelpName = "TEXT" };
        var cmd = new Command("set", Texts.Render("cli.help.rules-set"))
        {
            file, store, by, note,
        };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var username = parse.GetValue(by)!;
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            RulesChangeResult result;
            try
            {
                var json = Read(path);
                var user = s.FindUser(username)?.User
                    ?? throw SafegroundException.Invalid(Texts.Render("cli.error.rules.unknown-user", ("username", username), ("store", s.Location)));
                result = new RulesChange(s, TimeProvider.System).Set(json, path, user, parse.GetValue(note));
            }
            catch (SafegroundException)
            {
                CliAudit.Append(s, username, "rules set", path, SafegroundCli.Failure);
                throw;
            }
            CliAudit.Append(s, username, "rules set", $"version {result.Stored.Version.ToString(CultureInfo.InvariantCulture)}", SafegroundCli.Ok);
            Report(result, s.Location);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command History()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("history", Texts.Render("cli.help.rules-history")) { store, json };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var versions = s.RulesHistory();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(versions.Select(v => new
                {
                    version = v.Version, programme = NameOf(v, s.Location), setBy = v.SetBy, setAt = v.SetAt, note = v.Note,
                }), Options));
                return SafegroundCli.Ok;
            }
            if (versions.Count == 0)
            {
                Console.WriteLine(Texts.Render("cli.rules.never-set", ("store", s.Location)));
                return SafegroundCli.Ok;
            }
            var t = new Table().Border(TableBorder.Rounded).AddColumns(Texts.Render("cli.rules.column.version"), Texts.Render("cli.rules.column.set-at"),
                Texts.Render("cli.column.by"), Texts.Render("cli.rules.column.programme"), Texts.Render("cli.rules.column.note"));
            foreach (var v in versions)
                t.AddRow(v.Version.ToString(Texts.Culture), Markup.Escape(Texts.Minute(v.SetAt)),
                    Markup.Escape(v.SetBy), Markup.Escape(NameOf(v, s.Location)), Markup.Escape(v.Note ?? ""));
            AnsiConsole.Write(t);
            Console.WriteLine(Texts.Render("cli.rules.in-force", ("version", versions[^1].Version)));
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static void Print(RulesDocument doc, string location)
    {
        AnsiConsole.MarkupLine(Texts.Render("cli.rules.heading", ("store", Markup.Escape(location)), ("programme", Markup.Escape(doc.Programme)), ("source", Markup.Escape(doc.Source))));
        if (doc.Note is { } n) AnsiConsole.MarkupLine(Texts.Render("cli.rules.note", ("note", Markup.Escape(n))));
        if (doc.BuiltInDefault) AnsiConsole.MarkupLine(Texts.Render("cli.rules.set-own"));
        var e = doc.Evidence;
        // The weights are "name weight" pairs, a list of figures rather than a sentence.
        string Weights(IEnumerable<KeyValuePair<string, double>> w) => string.Join(", ", w.Select(t => $"{t.Key} {t.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));
        AnsiConsole.MarkupLine(Markup.Escape(Texts.Render(e.DirectIsCha ? "cli.rules.evidence-direct" : "cli.rules.evidence",
            ("threshold", e.ChaThreshold.ToString("0.###", CultureInfo.InvariantCulture)), ("types", Weights(e.Types)), ("sources", Weights(e.Sources)))));
        AnsiConsole.MarkupLine(Texts.Render(doc.AllowSelfApproval ? "cli.rules.approval.self" : "cli.rules.approval.four-eyes"));
        var t = new Table().Border(TableBorder.Rounded).AddColumns(Texts.Render("cli.check.column.rule"), Texts.Render("cli.check.column.severity"),
            Texts.Render("cli.rules.column.threshold"), Texts.Render("cli.rules.column.unit"), Texts.Render("cli.rules.column.enabled"), Texts.Render("cli.rules.column.vs-default"));
        foreach (var (id, r) in doc.Rules)
        {
            // The severity as a word; the rule id and its unit are the programme file's own (what an admin edits).
            var severity = Enum.TryParse<Severity>(r.Severity, ignoreCase: true, out var known) ? Words.Of(known) : r.Severity;
            t.AddRow(Markup.Escape(id), Markup.Escape(severity), r.Threshold is { } x ? x.ToString("0.###", Texts.Culture) : "",
                Markup.Escape(r.Unit ?? ""), r.Enabled ? Texts.Render("cli.word.yes") : $"[red]{Texts.Render("cli.word.no")}[/]", r.Changed ? $"[yellow]{Texts.Render("cli.rules.changed")}[/]" : "");
        }
        AnsiConsole.Write(t);
        int changed = doc.Rules.Count(r => r.Value.Changed);
        Console.WriteLine(changed == 0 ? Texts.Render("cli.rules.all-default") : Texts.Render("cli.rules.differ", ("count", changed)));
    }

    private static void Report(RulesChangeResult r, string location)
    {
        Console.WriteLine(Texts.Render("cli.rules.set", ("store", location), ("version", r.Stored.Version), ("programme", r.Rules.Name), ("before", r.Previous.Describe())));
        if (r.Pending == 0) Console.WriteLine(Texts.Render("cli.rules.nothing-pending"));
        else
        {
            var nowFail = string.Join(", ", r.NowFail.Select(c => c.Describe()));
            var noLonger = string.Join(", ", r.NoLongerFail.Select(c => c.Describe()));
            var fail = r.NowFail.Count switch
            {
                0 => Texts.Render("cli.rules.now-fail.none"),
                1 => Texts.Render("cli.rules.now-fail.one", ("reports", nowFail)),
                var n => Texts.Render("cli.rules.now-fail.many", ("count", n), ("reports", nowFail)),
            };
            var pass = r.NoLongerFail.Count switch
            {
                0 => null,
                1 => Texts.Render("cli.rules.no-longer-fail.one", ("reports", noLonger)),
                var n => Texts.Render("cli.rules.no-longer-fail.many", ("count", n), ("reports", noLonger)),
            };
            Console.WriteLine(pass is null
                ? Texts.Render("cli.rules.checked", ("count", r.Pending), ("fail", fail))
                : Texts.Render("cli.rules.checked-and-passed", ("count", r.Pending), ("fail", fail), ("pass", pass)));
        }
        Console.WriteLine(Texts.Render("cli.rules.replayed", ("hazards", r.Hazards), ("changed", r.HazardsChanged)));
    }

    // A version's programme name, read from its text; a text a later Safeground cannot parse is shown as such, not hidden.
    private static string NameOf(StoredRules v, string location)
    {
        try
        {
            return ProgrammeRules.Parse(v.Json, $"{location}: version {v.Version.ToString(CultureInfo.InvariantCulture)}").Name;
        }
        catch (SafegroundException)
        {
            return Texts.Render("cli.rules.unreadable");
        }
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SafegroundException.NotFound(Texts.Render("cli.error.rules.cannot-read", ("file", path), ("message", e.Message)));
        }
    }

    // The contracts' conventions (GET /api/v1/rules answers the same document).
    private static readonly JsonSerializerOptions Options = Contracts.ContractJson.Indented;
}
