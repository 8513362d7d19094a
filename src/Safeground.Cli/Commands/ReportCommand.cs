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
        var cmd = new Command("report", "Submit field reports, approve or reject them, and read a report's history");
        cmd.Subcommands.Add(Submit());
        cmd.Subcommands.Add(Decide("approve", "Approve a submitted report: its hazard's state is replayed and the land-release rules checked"));
        cmd.Subcommands.Add(Decide("reject", "Reject a submitted report, with the reason its author will read"));
        cmd.Subcommands.Add(Show());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Command Submit()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("file") { Description = "A report, or an array of reports, in Safeground's report JSON" };
        var partial = new Option<bool>("--partial")
        {
            Description = "Store the reports that pass and list the refused ones (exit 1 if any was refused); without it a file is stored all or nothing",
        };
        var cmd = new Command("submit",
            "Submit reports from a JSON file, checked in the file's order (each against the approved state and the file's earlier reports) "
            + "and stored all or nothing; illegal steps are refused with the reason") { file, store, partial };
        cmd.SetAction(parse =>
        {
            var reports = Read(parse.GetValue(file)!);
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var outcomes = Lifecycle(s).SubmitBatch(reports, partial: parse.GetValue(partial));
            var byId = reports.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var o in outcomes.Where(o => o.Status == SubmissionStatus.Accepted))
            {
                var r = s.FindReport(o.ReportId)?.Report ?? byId[o.ReportId];
                var also = r.AlsoHazards is { Count: > 0 } a ? $" (its release also reaches {string.Join(", ", a)})" : "";
                AnsiConsole.MarkupLine($"submitted [bold]{Markup.Escape(r.Id)}[/]: {Markup.Escape(WireNames.Of(r.Kind))}{Markup.Escape(r.HazardId is { } h ? " for hazard " + h : "")}{Markup.Escape(also)}");
            }
            var refused = outcomes.Where(o => o.Status == SubmissionStatus.Refused).ToList();
            if (refused.Count == 0) return SafegroundCli.Ok;
            Console.Error.WriteLine($"report submit: {refused.Count} of {reports.Count} reports refused, the others stored (--partial):");
            foreach (var o in refused) Console.Error.WriteLine($"  {o.ReportId}: {o.Reason}");
            return SafegroundCli.Failure;
        });
        return cmd;
    }

    private static Command Decide(string verb, string description)
    {
        var store = CommonOptions.Store();
        var id = new Argument<string>("id") { Description = "The report id" };
        var by = new Option<string>("--by")
        {
            Description = "Who decides: a data manager or admin of the store ('safeground user add'), recorded in the report's history and the audit log",
            Required = true,
            HelpName = "USERNAME",
        };
        var reason = new Option<string?>("--reason") { Description = "Why (required to reject)", HelpName = "TEXT" };
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
                    AnsiConsole.MarkupLine($"approved [bold]{Markup.Escape(reportId)}[/]");
                    foreach (var hazardId in approved.Report.HazardIds()) PrintHazard(s, hazardId);
                }
                else
                {
                    lifecycle.Reject(reportId, decider, parse.GetValue(reason) ?? "");
                    CliAudit.Append(s, decider, "report " + verb, reportId, SafegroundCli.Ok);
                    AnsiConsole.MarkupLine($"rejected [bold]{Markup.Escape(reportId)}[/]: {Markup.Escape(parse.GetValue(reason)!)}");
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
        var id = new Argument<string>("id") { Description = "The report id" };
        var cmd = new Command("show", "A report with its status, history and the rule flags its hazard records against it") { id, store, json };
        cmd.SetAction(parse =>
        {
            using var s = StoreOpener.Open(parse.GetValue(store)!, create: false);
            var reportId = parse.GetValue(id)!;
            var record = s.FindReport(reportId) ?? throw SafegroundException.NotFound($"report {reportId} does not exist in {s.Location}");
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
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(r.Id)}[/]: {Markup.Escape(WireNames.Of(r.Kind))}, {Markup.Escape(WireNames.Of(record.Status))}");
            AnsiConsole.MarkupLine(Markup.Escape($"hazard {r.HazardId ?? "(none)"}{(r.AlsoHazards is { Count: > 0 } a ? " and " + string.Join(", ", a) : "")}; organisation {r.OrganisationId}; team {r.TeamId ?? "-"}; date of information {r.DateOfInformation:yyyy-MM-dd}"));
            var table = new Table().Border(TableBorder.Rounded).AddColumn("when").AddColumn("status").AddColumn("by").AddColumn("reason");
            foreach (var e in history)
                table.AddRow(Markup.Escape(e.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)), WireNames.Of(e.Status), Markup.Escape(e.By), Markup.Escape(e.Reason ?? ""));
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
        var status = new Option<string?>("--status") { Description = "Only reports with this status (submitted, approved, rejected, superseded)", HelpName = "STATUS" };
        status.AcceptOnlyFromAmong("submitted", "approved", "rejected", "superseded");
        var hazard = new Option<string?>("--hazard") { Description = "Only the reports of one hazard", HelpName = "ID" };
        var cmd = new Command("list", "Reports in replay order: the review queue is 'list --status submitted'") { store, json, status, hazard };
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
            var table = new Table().Border(TableBorder.Rounded).AddColumn("report").AddColumn("kind").AddColumn("hazard").AddColumn("date").AddColumn("status").AddColumn("reason");
            int n = 0;
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Id), WireNames.Of(r.Kind), Markup.Escape(r.Hazard ?? ""), r.DateOfInformation.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    WireNames.Of(r.Status), Markup.Escape(r.StatusReason ?? ""));
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
        AnsiConsole.MarkupLine(Markup.Escape(
            $"hazard {h.HazardId}: {WireNames.Of(h.Status)}, {Units.Ha(h.RemainingM2)} remaining of {Units.Ha(h.OriginalM2)} " +
            $"(cancelled {Units.Ha(h.CancelledM2)}, reduced {Units.Ha(h.ReducedM2)}, cleared {Units.Ha(h.ClearedM2)})" +
            (h.HandedOverTo is { } to ? $"; handed over to {to}" : "")));
    }

    private static string Severity(Severity s) => s switch
    {
        Core.Rules.Severity.Error => "[red]error[/]",
        Core.Rules.Severity.Warning => "[yellow]warning[/]",
        _ => "[grey]info[/]",
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
            throw SafegroundException.NotFound($"{path}: cannot read: {e.Message}");
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
            throw SafegroundException.Invalid($"{path}:{(line is { } l ? $" line {l}" : "")} not a Safeground report: {reason}");
        }
    }
}
