using System.CommandLine;
using System.Text.Json;
using Safeground.Cli.Output;
using Safeground.Contracts;
using Safeground.Core;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Spectre.Console;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground report submit|approve|reject|show|list</c>: a report's life from the command line,
/// through the same <see cref="ReportLifecycle"/> (and land-release rules) every host uses.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var cmd = new Command("report", Texts.Render("cli.help.report"));
        cmd.Subcommands.Add(Submit());
        cmd.Subcommands.Add(Decide("approve", Texts.Render("cli.help.report-approve")));
        cmd.Subcommands.Add(Decide("reject", Texts.Render("cli.help.report-reject")));
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Command Submit()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("file") { Description = Texts.Render("cli.help.report-submit.file") };
        var partial = new Option<bool>("--partial")
        {
            Description = Texts.Render("cli.help.report-submit.partial"),
        };
        var cmd = new Command("submit", Texts.Render("cli.help.report-submit")) { file, store, partial };
        cmd.SetAction(parse =>
        {
            var reports = Read(parse.GetValue(file)!);
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var outcomes = Lifecycle(s).SubmitBatch(reports, partial: parse.GetValue(partial));
            var byId = reports.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var o in outcomes.Where(o => o.Status == SubmissionStatus.Accepted))
            {
                var r = s.FindReport(o.ReportId)?.Report ?? byId[o.ReportId];
                var kind = Words.Of(r.Kind);
                bool also = r.AlsoHazards is { Count: > 0 };
                var id = r.HazardId is null
                    ? also ? "cli.report.submitted.also" : "cli.report.submitted"
                    : also ? "cli.report.submitted.for-hazard.also" : "cli.report.submitted.for-hazard";
                AnsiConsole.MarkupLine(Texts.Render(id, ("report", Markup.Escape(r.Id)), ("kind", Markup.Escape(kind)), ("hazard", Markup.Escape(r.HazardId ?? "")),
                    ("also", Markup.Escape(Texts.Join(r.AlsoHazards ?? [])))));
            }
            var refused = outcomes.Where(o => o.Status == SubmissionStatus.Refused).ToList();
            if (refused.Count == 0) return SafegroundCli.Ok;
            Console.Error.WriteLine(Texts.Render("cli.report.partly-refused", ("refused", refused.Count), ("count", reports.Count)));
            foreach (var o in refused) Console.Error.WriteLine(Texts.Render("cli.report.refused", ("report", o.ReportId), ("reason", o.Reason)));
            return SafegroundCli.Failure;
        });
        return cmd;
    }

    private static Command Decide(string verb, string description)
    {
        var store = CommonOptions.Store();
        var id = new Argument<string>("id") { Description = Texts.Render("cli.help.option.report-id") };
        var by = new Option<string>("--by")
        {
            Description = Texts.Render("cli.help.report-decide.by"),
            Required = true,
            HelpName = "USERNAME",
        };
        var reason = new Option<string?>("--reason") { Description = Texts.Render("cli.help.report-decide.reason"), HelpName = "TEXT" };
        var cmd = new Command(verb, description) { id, store, by, reason };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var lifecycle = Lifecycle(s);
            var reportId = parse.GetValue(id)!;
            var decider = parse.GetValue(by)!;
            // Every attempt is audited, as the server audits refused requests too.
            try
            {
                if (verb == "approve")
                {
                    var approved = lifecycle.Approve(reportId, decider);
                    CliAudit.Append(s, decider, "report " + verb, reportId, SafegroundCli.Ok);
                    AnsiConsole.MarkupLine(Texts.Render("cli.report.approved", ("report", Markup.Escape(reportId))));
                    foreach (var hazardId in approved.Report.HazardIds()) PrintHazard(s, hazardId);
                }
                else
                {
                    lifecycle.Reject(reportId, decider, parse.GetValue(reason) ?? "");
                    CliAudit.Append(s, decider, "report " + verb, reportId, SafegroundCli.Ok);
                    AnsiConsole.MarkupLine(Texts.Render("cli.report.rejected", ("report", Markup.Escape(reportId)), ("reason", Markup.Escape(parse.GetValue(reason)!))));
                }
            }
            catch (SafegroundException)
            {
                CliAudit.Append(s, decider, "report " + verb, reportId, SafegroundCli.Failure);
                throw;
            }
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command Show()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var id = new Argument<string>("id") { Description = Texts.Render("cli.help.option.report-id") };
        var cmd = new Command("show", Texts.Render("cli.help.report-show")) { id, store, json };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var reportId = parse.GetValue(id)!;
            var record = s.FindReport(reportId) ?? throw SafegroundException.NotFound(Texts.Render("cli.error.report.missing", ("report", reportId), ("store", s.Location)));
            var history = s.History(reportId);
            var flags = record.Report.HazardIds().Select(s.FindHazard).OfType<Core.Projections.HazardState>()
                .SelectMany(h => h.RuleFlags).Where(f => f.ReportId == reportId).ToList();
            if (parse.GetValue(json))
            {
                // The shape of GET /api/v1/reports/{id} (the CLI reads the store itself: the report in full).
                Console.WriteLine(ContractJson.Write(ReportDetailView.From(record, record.Report, history, flags)));
                return SafegroundCli.Ok;
            }
            var r = record.Report;
            AnsiConsole.MarkupLine(Texts.Render("cli.report.show.heading", ("report", Markup.Escape(r.Id)), ("kind", Markup.Escape(Words.Of(r.Kind))), ("status", Markup.Escape(Words.Of(record.Status)))));
            var hazards = r.AlsoHazards is { Count: > 0 } a
                ? Texts.Render("cli.report.show.hazards", ("hazard", r.HazardId ?? Texts.Render("word.none")), ("also", string.Join(", ", a)))
                : r.HazardId ?? Texts.Render("word.none");
            AnsiConsole.MarkupLine(Markup.Escape(Texts.Render("cli.report.show.facts", ("hazards", hazards), ("organisation", r.OrganisationId), ("team", r.TeamId ?? "-"),
                ("date", r.DateOfInformation.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))));
            var table = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.report.column.when")).AddColumn(Texts.Render("cli.column.status"))
                .AddColumn(Texts.Render("cli.column.by")).AddColumn(Texts.Render("cli.column.reason"));
            foreach (var e in history)
                table.AddRow(Markup.Escape(Texts.Minute(e.At)), Markup.Escape(Words.Of(e.Status)), Markup.Escape(e.By), Markup.Escape(e.Reason ?? ""));
            AnsiConsole.Write(table);
            foreach (var f in flags) AnsiConsole.MarkupLine($"{Severity(f.Severity)} {Markup.Escape(f.RuleId)}: {Markup.Escape(f.Message)}");
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var status = new Option<string?>("--status") { Description = Texts.Render("cli.help.report-list.status"), HelpName = "STATUS" };
        status.AcceptOnlyFromAmong("submitted", "approved", "rejected", "superseded");
        var hazard = new Option<string?>("--hazard") { Description = Texts.Render("cli.help.report-list.hazard"), HelpName = "ID" };
        var cmd = new Command("list", Texts.Render("cli.help.report-list")) { store, json, status, hazard };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            ReportStatus? wanted = parse.GetValue(status) is { } st ? Enum.Parse<ReportStatus>(st, ignoreCase: true) : null;
            IEnumerable<ReportRecord> records = parse.GetValue(hazard) is { } h
                ? s.ReportsOfHazard(h).Where(r => wanted is null || r.Status == wanted)
                : s.Reports(wanted);
            // The items of GET /api/v1/reports, as one array.
            var rows = records.Select(ReportSummaryView.From);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, ContractJson.Indented));
                return SafegroundCli.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.column.report")).AddColumn(Texts.Render("cli.column.kind"))
                .AddColumn(Texts.Render("cli.column.hazard")).AddColumn(Texts.Render("cli.column.date")).AddColumn(Texts.Render("cli.column.status")).AddColumn(Texts.Render("cli.column.reason"));
            int n = 0;
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Id), Markup.Escape(Words.Of(r.Kind)), Markup.Escape(r.Hazard ?? ""), Markup.Escape(Texts.Day(r.DateOfInformation)),
                    Markup.Escape(Words.Of(r.Status)), Markup.Escape(r.StatusReason ?? ""));
                if (++n == 1000) break; // a terminal is not the place for 400,000 rows: use --json
            }
            AnsiConsole.Write(table);
            return SafegroundCli.Ok;
        });
        return cmd;
    }

    // The rules the store runs on ('safeground rules show'); there is no other choice for what a report is held to.
    private static ReportLifecycle Lifecycle(ISafegroundStore store) => new(store, TimeProvider.System, StoredProgramme.Of(store));

    private static void PrintHazard(IProjectionStore store, string hazardId)
    {
        if (store.FindHazard(hazardId) is not { } h) return;
        var args = new (string, object?)[]
        {
            ("hazard", h.HazardId), ("status", Words.Of(h.Status)), ("remaining", Units.Ha(h.RemainingM2)), ("original", Units.Ha(h.OriginalM2)),
            ("cancelled", Units.Ha(h.CancelledM2)), ("reduced", Units.Ha(h.ReducedM2)), ("cleared", Units.Ha(h.ClearedM2)), ("to", h.HandedOverTo),
        };
        AnsiConsole.MarkupLine(Markup.Escape(Texts.Render(h.HandedOverTo is null ? "cli.report.hazard" : "cli.report.hazard-handed-over", args)));
    }

    private static string Severity(Severity s) => s switch
    {
        Core.Rules.Severity.Error => $"[red]{Texts.Render("cli.severity.error")}[/]",
        Core.Rules.Severity.Warning => $"[yellow]{Texts.Render("cli.severity.warning")}[/]",
        _ => $"[grey]{Texts.Render("cli.severity.info")}[/]",
    };

    // One report or an array; the file and the JSON path are named when it does not parse.
    private static IReadOnlyList<Report> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SafegroundException.NotFound(Texts.Render("cli.error.cannot-read", ("file", path), ("message", e.Message)));
        }
        try
        {
            var trimmed = text.TrimStart();
            return trimmed.StartsWith('[')
                ? JsonSerializer.Deserialize<List<Report>>(text, ReportJson.Options) ?? []
                : [ReportJson.Deserialize(text)];
        }
        catch (Exception e) when (ReportJsonError.IsReadError(e))
        {
            var reason = ReportJsonError.Describe(e, out var line);
            throw SafegroundException.Invalid(line is { } l
                ? Texts.Render("cli.error.report.not-a-report-at", ("file", path), ("line", l), ("reason", reason))
                : Texts.Render("cli.error.report.not-a-report", ("file", path), ("reason", reason)));
        }
    }
}
