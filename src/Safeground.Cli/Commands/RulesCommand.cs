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
        var cmd = new Command("rules", "The programme's rules and thresholds the store runs on: show them, set a new version, list the versions");
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(Set());
        cmd.Subcommands.Add(History());
        return cmd;
    }

    private static Command Show()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var cmd = new Command("show", "The rules the store runs on: programme, version, who set them and when, evidence weights, every rule's severity and threshold") { store, json };
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
        var file = new Argument<string>("file") { Description = "The rules file: JSON like programmes/default.json (what it leaves out takes the built-in default)" };
        var by = new Option<string>("--by")
        {
            Description = "Who sets them: an admin of the store ('safeground user add --role admin'), recorded with the version and in the audit log",
            Required = true,
            HelpName = "USERNAME",
        };
        var note = new Option<string?>("--note") { Description = "Why, kept with the version ('rules history')", HelpName = "TEXT" };
        var cmd = new Command("set", "Set the store's rules from a file: validated, kept as a new version; submitted reports are checked again and hazards replayed")
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
                    ?? throw SafegroundException.Invalid($"'{username}' is not a user of {s.Location}: the rules are set by a known admin ('safeground user add')");
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
        var cmd = new Command("history", "Every version of the rules set in the store, oldest first: who, when, why") { store, json };
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
                Console.WriteLine($"{s.Location} runs on the built-in default rules, never set; set them with 'safeground rules set FILE --by ADMIN'.");
                return SafegroundCli.Ok;
            }
            var t = new Table().Border(TableBorder.Rounded).AddColumns("version", "set at (UTC)", "by", "programme", "note");
            foreach (var v in versions)
                t.AddRow(v.Version.ToString(CultureInfo.InvariantCulture), v.SetAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(v.SetBy), Markup.Escape(NameOf(v, s.Location)), Markup.Escape(v.Note ?? ""));
            AnsiConsole.Write(t);
            Console.WriteLine($"in force: version {versions[^1].Version.ToString(CultureInfo.InvariantCulture)}");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static void Print(RulesDocument doc, string location)
    {
        AnsiConsole.MarkupLine($"[bold]Rules[/] of [blue]{Markup.Escape(location)}[/]: programme [blue]{Markup.Escape(doc.Programme)}[/], {Markup.Escape(doc.Source)}");
        if (doc.Note is { } n) AnsiConsole.MarkupLine($"  note: {Markup.Escape(n)}");
        if (doc.BuiltInDefault) AnsiConsole.MarkupLine("  [grey]set the store's own with 'safeground rules set FILE --by ADMIN'[/]");
        var e = doc.Evidence;
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Evidence: CHA at a score of {e.ChaThreshold:0.###}{(e.DirectIsCha ? ", or at once on direct evidence" : "")}; " +
            $"types {string.Join(", ", e.Types.Select(t => $"{t.Key} {t.Value:0.###}"))}; sources {string.Join(", ", e.Sources.Select(t => $"{t.Key} {t.Value:0.###}"))}")));
        AnsiConsole.MarkupLine($"Approval: {(doc.AllowSelfApproval ? "a data manager may approve their own reports" : "four eyes (a second data manager approves)")}");
        var t = new Table().Border(TableBorder.Rounded).AddColumns("rule", "severity", "threshold", "unit", "enabled", "vs default");
        foreach (var (id, r) in doc.Rules)
        {
            t.AddRow(Markup.Escape(id), r.Severity, r.Threshold is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "",
                Markup.Escape(r.Unit ?? ""), r.Enabled ? "yes" : "[red]no[/]", r.Changed ? "[yellow]changed[/]" : "");
        }
        AnsiConsole.Write(t);
        int changed = doc.Rules.Count(r => r.Value.Changed);
        Console.WriteLine(changed == 0 ? "Every rule as the built-in default." : $"{changed} rule(s) differ from the built-in default.");
    }

    private static void Report(RulesChangeResult r, string location)
    {
        Console.WriteLine($"Set the rules of {location} to version {r.Stored.Version.ToString(CultureInfo.InvariantCulture)} (programme {r.Rules.Name}); before: {r.Previous.Describe()}.");
        if (r.Pending == 0) Console.WriteLine("No submitted reports to check again.");
        else
        {
            var parts = new List<string>();
            parts.Add(r.NowFail.Count == 0 ? "none now fails" : $"{Count(r.NowFail.Count, "now fails", "now fail")}: {string.Join(", ", r.NowFail.Select(c => c.Describe()))}");
            if (r.NoLongerFail.Count > 0) parts.Add($"{Count(r.NoLongerFail.Count, "no longer fails", "no longer fail")}: {string.Join(", ", r.NoLongerFail.Select(c => c.Describe()))}");
            Console.WriteLine($"Checked {Units.Count(r.Pending)} submitted report(s) again: {string.Join("; ", parts)}.");
        }
        Console.WriteLine($"Replayed {Units.Count(r.Hazards)} hazard(s) with the new rules: {Units.Count(r.HazardsChanged)} state(s) changed.");
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 report {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} reports {many}";

    // A version's programme name, read from its text; a text a later Safeground cannot parse is shown as such, not hidden.
    private static string NameOf(StoredRules v, string location)
    {
        try
        {
            return ProgrammeRules.Parse(v.Json, $"{location}: version {v.Version.ToString(CultureInfo.InvariantCulture)}").Name;
        }
        catch (SafegroundException)
        {
            return "(not readable by this Safeground)";
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
            throw SafegroundException.NotFound($"{path}: cannot read the rules file: {e.Message}");
        }
    }

    // The contracts' conventions (GET /api/v1/rules answers the same document).
    private static readonly JsonSerializerOptions Options = Contracts.ContractJson.Indented;
}
