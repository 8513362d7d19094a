using Safeground.Contracts;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Status;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>Renders a <see cref="StatusReport"/> as tables for people or JSON for scripts.</summary>
public static class StatusPrinter
{
    public static void Print(StatusReport report, string storeName)
    {
        var t = report.Total;
        AnsiConsole.MarkupLine($"[bold]Land-release status[/] of [blue]{Markup.Escape(storeName)}[/]");
        if (!report.Filter.IsEmpty) AnsiConsole.MarkupLine($"Only: [blue]{Markup.Escape(Describe(report.Filter))}[/]");
        var filter = report.Filter;
        string released = StatusFigures.Released(filter), remaining = StatusFigures.Remaining(filter);
        AnsiConsole.MarkupLine($"Released figures: [blue]{released}[/]; remaining figures: [blue]{remaining}[/]. " +
            "[italic]records[/] sum the hazards (land under two hazards counts twice); [italic]land[/] is their union.");
        var summary = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn("measure").AddColumn(new TableColumn("area").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        void Row(string label, string measure, double m2) => summary.AddRow(label, measure, Units.Area(m2), t.OriginalM2 > 0 ? (m2 / t.OriginalM2).ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "-");
        Row($"original hazardous area, hazards {StatusFigures.Recorded(filter)}", "records", t.OriginalM2);
        Row($"cancelled (non-technical survey), {released}", "records", t.CancelledM2);
        Row($"reduced (technical survey), {released}", "records", t.ReducedM2);
        Row($"cleared (clearance), {released}", "records", t.ClearedM2);
        Row($"remaining hazardous area {StatusFigures.When(filter)}", "records", t.RemainingM2);
        Row($"remaining hazardous land {StatusFigures.When(filter)} (union)", "land", t.RemainingLandM2);
        Row("land counted twice (records - land)", "land", t.CountedTwiceM2);
        AnsiConsole.Write(summary);
        if (!StatusFigures.Conserved(filter))
            AnsiConsole.MarkupLine("[italic]Released in the period and remaining at its end do not add up to the original area: land released before the period is in neither.[/]");

        var hazards = new Table().Border(TableBorder.Rounded).AddColumn("hazards");
        foreach (var s in Enum.GetValues<HazardStatus>()) hazards.AddColumn(new TableColumn(WireNames.Of(s)).RightAligned());
        hazards.AddColumn(new TableColumn("total").RightAligned());
        foreach (var c in Enum.GetValues<HazardClass>())
            hazards.AddRow([c.ToString().ToUpperInvariant(), .. Enum.GetValues<HazardStatus>().Select(s => Units.Count(t.HazardsByClassAndStatus.GetValueOrDefault((c, s)))), Units.Count(t.HazardsByClass.GetValueOrDefault(c))]);
        hazards.AddRow(["all", .. Enum.GetValues<HazardStatus>().Select(s => Units.Count(t.HazardsByStatus.GetValueOrDefault(s))), Units.Count(t.Hazards)]);
        AnsiConsole.Write(hazards);

        var finds = new Table().Border(TableBorder.Rounded).AddColumn("EO found").AddColumn(new TableColumn("items").RightAligned());
        foreach (var c in Enum.GetValues<EoCategory>()) finds.AddRow(WireNames.Of(c), Units.Count(t.FindsByCategory.GetValueOrDefault(c)));
        finds.AddRow("[bold]total[/]", $"[bold]{Units.Count(t.Finds)}[/]");
        AnsiConsole.Write(finds);
        AnsiConsole.MarkupLine($"Accidents: [bold]{t.Accidents}[/], victims: [red]{t.Killed} killed[/], [yellow]{t.Injured} injured[/]");
        if (t.Productivity.Count > 0)
        {
            var productivity = new Table().Border(TableBorder.Rounded).AddColumn("clearance productivity").AddColumn(new TableColumn("cleared").RightAligned())
                .AddColumn(new TableColumn("effort").RightAligned()).AddColumn(new TableColumn("rate").RightAligned());
            foreach (var (asset, p) in t.Productivity)
                productivity.AddRow(WireNames.Of(asset), Units.M2(p.ClearedM2), $"{p.Effort.ToString("#,0.#", System.Globalization.CultureInfo.InvariantCulture)} {EffortUnit(asset)}", Rate(p, asset));
            AnsiConsole.Write(productivity);
        }

        if (report.Grouping == StatusGrouping.None) return;
        string title = report.Grouping == StatusGrouping.Region ? (report.ByBoundary ? "by region (boundaries)" : "by region (names on the hazards)") : $"by {WireNames.Of(report.Grouping)}";
        var groups = new Table().Border(TableBorder.Rounded).Title(title)
            .AddColumn(WireNames.Of(report.Grouping)).AddColumn(new TableColumn("hazards").RightAligned())
            .AddColumn(new TableColumn("cancelled ha").RightAligned()).AddColumn(new TableColumn("reduced ha").RightAligned())
            .AddColumn(new TableColumn("cleared ha").RightAligned()).AddColumn(new TableColumn("remaining ha (records)").RightAligned())
            .AddColumn(new TableColumn("land ha").RightAligned())
            .AddColumn(new TableColumn("EO items").RightAligned()).AddColumn(new TableColumn("accidents").RightAligned())
            .AddColumn(new TableColumn("killed").RightAligned()).AddColumn(new TableColumn("injured").RightAligned())
            .AddColumn(new TableColumn("m²/deminer-day").RightAligned()).AddColumn(new TableColumn("m²/machine-hour").RightAligned());
        foreach (var g in report.Groups)
            groups.AddRow(Markup.Escape(g.Key), Units.Count(g.Hazards), Hectares(g.CancelledM2), Hectares(g.ReducedM2), Hectares(g.ClearedM2), Hectares(g.RemainingM2), Hectares(g.RemainingLandM2),
                Units.Count(g.Finds), Units.Count(g.Accidents), Units.Count(g.Killed), Units.Count(g.Injured), Rate(DeminerDays(g), AssetKind.Manual),
                g.Productivity.TryGetValue(AssetKind.Mechanical, out var m) ? Rate(m, AssetKind.Mechanical) : "-");
        AnsiConsole.Write(groups);
    }

    private static string Describe(StatusFilter f) => string.Join(", ", new[]
    {
        f.Region is { } r ? $"region {r}" : null,
        f.Organisation is { } o ? $"organisation {o}" : null,
        f.From is { } from ? $"from {from:yyyy-MM-dd}" : null,
        f.To is { } to ? $"to {to:yyyy-MM-dd}" : null,
    }.OfType<string>());

    // Manual and dog teams both report deminer-days: one rate for the column.
    private static Productivity? DeminerDays(StatusLine g)
    {
        var kinds = g.Productivity.Where(kv => kv.Key != AssetKind.Mechanical).Select(kv => kv.Value).ToList();
        return kinds.Count == 0 ? null : new Productivity { ClearedM2 = kinds.Sum(p => p.ClearedM2), Effort = kinds.Sum(p => p.Effort) };
    }

    private static string Rate(Productivity? p, AssetKind asset) =>
        p?.Rate is { } r ? $"{r.ToString("#,0.0", System.Globalization.CultureInfo.InvariantCulture)} m²/{EffortUnit(asset)[..^1]}" : "-";

    private static string EffortUnit(AssetKind asset) => StatusJson.EffortUnit(asset);

    private static string Hectares(double m2) => (m2 / 10_000).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static void PrintJson(StatusReport report, string storeName)
    {
        // The shape of GET /api/v1/rollups, with the store's name.
        Console.WriteLine(ContractJson.Write(RollupView.From(report, storeName)));
    }
}
