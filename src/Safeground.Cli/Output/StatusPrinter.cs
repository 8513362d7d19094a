using Safeground.Contracts;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Status;
using Safeground.Core.Storage;
using Spectre.Console;

namespace Safeground.Cli.Output;

/// <summary>Renders a <see cref="StatusReport"/> as tables for people or JSON for scripts.</summary>
public static class StatusPrinter
{
    public static void Print(StatusReport report, string storeName)
    {
        var t = report.Total;
        AnsiConsole.MarkupLine(Texts.Render("cli.status.heading", ("store", Markup.Escape(storeName))));
        if (!report.Filter.IsEmpty) AnsiConsole.MarkupLine(Texts.Render("cli.status.only", ("filter", Markup.Escape(Describe(report.Filter)))));
        var filter = report.Filter;
        string released = StatusFigures.Released(filter), remaining = StatusFigures.Remaining(filter);
        AnsiConsole.MarkupLine(Texts.Render("cli.status.figures", ("released", released), ("remaining", remaining)));
        var summary = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn(Texts.Render("cli.status.column.measure"))
            .AddColumn(new TableColumn(Texts.Render("cli.column.area")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.share")).RightAligned());
        string records = Texts.Render("cli.status.measure.records"), land = Texts.Render("cli.status.measure.land");
        void Row(string label, string measure, double m2) => summary.AddRow(label, measure, Units.Area(m2), t.OriginalM2 > 0 ? Units.Share(m2 / t.OriginalM2) : "-");
        Row(Texts.Render("cli.status.row.original", ("recorded", StatusFigures.Recorded(filter))), records, t.OriginalM2);
        Row(Texts.Render("cli.status.row.cancelled", ("released", released)), records, t.CancelledM2);
        Row(Texts.Render("cli.status.row.reduced", ("released", released)), records, t.ReducedM2);
        Row(Texts.Render("cli.status.row.cleared", ("released", released)), records, t.ClearedM2);
        // Only where land was reopened: a programme without quality management findings reads as it always did.
        if (t.ReopenedM2 > 0) Row(Texts.Render("cli.status.row.reopened", ("released", released)), records, t.ReopenedM2);
        Row(Texts.Render("cli.status.row.remaining", ("when", StatusFigures.When(filter))), records, t.RemainingM2);
        Row(Texts.Render("cli.status.row.remaining-land", ("when", StatusFigures.When(filter))), land, t.RemainingLandM2);
        Row(Texts.Render("cli.status.row.counted-twice"), land, t.CountedTwiceM2);
        AnsiConsole.Write(summary);
        if (!StatusFigures.Conserved(filter))
            AnsiConsole.MarkupLine(Texts.Render("cli.status.not-conserved"));

        var hazards = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.status.column.hazards"));
        foreach (var s in Enum.GetValues<HazardStatus>()) hazards.AddColumn(new TableColumn(Markup.Escape(Words.Of(s))).RightAligned());
        hazards.AddColumn(new TableColumn(Texts.Render("cli.column.total")).RightAligned());
        foreach (var c in Enum.GetValues<HazardClass>())
            hazards.AddRow([Markup.Escape(Words.Of(c)), .. Enum.GetValues<HazardStatus>().Select(s => Units.Count(t.HazardsByClassAndStatus.GetValueOrDefault((c, s)))), Units.Count(t.HazardsByClass.GetValueOrDefault(c))]);
        hazards.AddRow([Texts.Render("cli.row.all"), .. Enum.GetValues<HazardStatus>().Select(s => Units.Count(t.HazardsByStatus.GetValueOrDefault(s))), Units.Count(t.Hazards)]);
        AnsiConsole.Write(hazards);

        var finds = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.status.column.eo-found")).AddColumn(new TableColumn(Texts.Render("cli.status.column.items")).RightAligned());
        foreach (var c in Enum.GetValues<EoCategory>()) finds.AddRow(Markup.Escape(Words.Of(c)), Units.Count(t.FindsByCategory.GetValueOrDefault(c)));
        finds.AddRow($"[bold]{Texts.Render("cli.column.total")}[/]", $"[bold]{Units.Count(t.Finds)}[/]");
        AnsiConsole.Write(finds);
        AnsiConsole.MarkupLine(Texts.Render("cli.status.accidents", ("accidents", t.Accidents), ("killed", t.Killed), ("injured", t.Injured)));
        PrintCivilians(t.Civilians);
        var eore = t.RiskEducation;
        if (eore.Sessions > 0)
            AnsiConsole.MarkupLine(Texts.Render("cli.status.risk-education", ("sessions", Units.Count(eore.Sessions)), ("people", Units.Count(eore.Beneficiaries)),
                ("female", Units.Count(eore.BySex.GetValueOrDefault(Core.Accidents.Gender.Female))), ("male", Units.Count(eore.BySex.GetValueOrDefault(Core.Accidents.Gender.Male))),
                ("children", Units.Count(eore.ByAge.GetValueOrDefault(Core.People.AgeBand.Child))), ("disability", Units.Count(eore.WithDisability))));
        if (t.Productivity.Count > 0)
        {
            var productivity = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.status.column.productivity"))
                .AddColumn(new TableColumn(Texts.Render("cli.status.column.cleared")).RightAligned())
                .AddColumn(new TableColumn(Texts.Render("cli.status.column.effort")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.rate")).RightAligned());
            foreach (var (asset, p) in t.Productivity)
            {
                var effort = Texts.Render("cli.value-with-unit", ("value", p.Effort.ToString("#,0.#", Texts.Culture)), ("unit", EffortUnit(asset)));
                productivity.AddRow(Markup.Escape(Words.Of(asset)), Units.M2(p.ClearedM2), effort, Rate(p, asset));
            }
            AnsiConsole.Write(productivity);
        }

        if (report.Grouping == StatusGrouping.None) return;
        var (title, heading) = report.Grouping switch
        {
            StatusGrouping.Region when report.ByBoundary => (Texts.Render("cli.status.by.region-boundaries"), Texts.Render("cli.status.group.region")),
            StatusGrouping.Region => (Texts.Render("cli.status.by.region-names"), Texts.Render("cli.status.group.region")),
            StatusGrouping.Organisation => (Texts.Render("cli.status.by.organisation"), Texts.Render("cli.status.group.organisation")),
            StatusGrouping.Team => (Texts.Render("cli.status.by.team"), Texts.Render("cli.status.group.team")),
            StatusGrouping.Deployment => (Texts.Render("cli.status.by.deployment"), Texts.Render("cli.status.group.deployment")),
            StatusGrouping.ContaminationType => (Texts.Render("cli.status.by.contamination-type"), Texts.Render("cli.status.group.contamination-type")),
            _ => (Texts.Render("cli.status.by.month"), Texts.Render("cli.status.group.month")),
        };
        var groups = new Table().Border(TableBorder.Rounded).Title(title)
            .AddColumn(heading).AddColumn(new TableColumn(Texts.Render("cli.status.column.hazards")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.status.column.cancelled-ha")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.reduced-ha")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.status.column.cleared-ha")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.remaining-ha")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.status.column.land-ha")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.status.column.eo-items")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.accidents")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("cli.status.column.killed")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.injured")).RightAligned())
            .AddColumn(new TableColumn(Texts.Render("unit.m2-per-deminer-day")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.unit.m2-per-machine-hour")).RightAligned());
        foreach (var g in report.Groups)
            groups.AddRow(Markup.Escape(GroupName(report.Grouping, g.Key)), Units.Count(g.Hazards), Hectares(g.CancelledM2), Hectares(g.ReducedM2), Hectares(g.ClearedM2), Hectares(g.RemainingM2), Hectares(g.RemainingLandM2),
                Units.Count(g.Finds), Units.Count(g.Accidents), Units.Count(g.Killed), Units.Count(g.Injured), Rate(DeminerDays(g), AssetKind.Manual),
                g.Productivity.TryGetValue(AssetKind.Mechanical, out var m) ? Rate(m, AssetKind.Mechanical) : "-");
        AnsiConsole.Write(groups);
    }

    // A contamination type's group is a code: the reader sees its word (and "not stated" for hazards no survey typed).
    private static string GroupName(StatusGrouping grouping, string key)
    {
        if (grouping != StatusGrouping.ContaminationType) return key;
        if (key == "not-stated") return Texts.Render("status.contamination.not-stated");
        foreach (var t in Enum.GetValues<ContaminationType>()) if (StoredNames.Of(t) == key) return Words.Of(t);
        return key; // finds and accidents on no hazard
    }

    // The filter's parts, each a phrase of its own (any of them may be given), as a list.
    private static string Describe(StatusFilter f) => string.Join(Texts.Render("format.list-separator"), new[]
    {
        f.Region is { } r ? Texts.Render("cli.status.filter.region", ("region", r)) : null,
        f.Organisation is { } o ? Texts.Render("cli.status.filter.organisation", ("organisation", o)) : null,
        f.From is { } from ? Texts.Render("cli.status.filter.from", ("day", Day(from))) : null,
        f.To is { } to ? Texts.Render("cli.status.filter.to", ("day", Day(to))) : null,
    }.OfType<string>());

    private static string Day(DateOnly d) => Texts.Day(d);

    // Manual and dog teams both report deminer-days: one rate for the column.
    private static Productivity? DeminerDays(StatusLine g)
    {
        var kinds = g.Productivity.Where(kv => kv.Key != AssetKind.Mechanical).Select(kv => kv.Value).ToList();
        return kinds.Count == 0 ? null : new Productivity { ClearedM2 = kinds.Sum(p => p.ClearedM2), Effort = kinds.Sum(p => p.Effort) };
    }

    private static string Rate(Productivity? p, AssetKind asset) =>
        p?.Rate is { } r ? Texts.Render("cli.value-with-unit", ("value", r.ToString("#,0.0", Texts.Culture)), ("unit", RateUnit(asset))) : "-";

    private static string EffortUnit(AssetKind asset) => asset switch
    {
        AssetKind.Mechanical => Texts.Render("cli.unit.machine-hours"),
        AssetKind.MineDetectionDogs => Texts.Render("cli.unit.dog-team-days"),
        _ => Texts.Render("unit.deminer-days"),
    };

    private static string RateUnit(AssetKind asset) => asset switch
    {
        AssetKind.Mechanical => Texts.Render("cli.unit.m2-per-machine-hour"),
        AssetKind.MineDetectionDogs => Texts.Render("cli.unit.m2-per-dog-team-day"),
        _ => Texts.Render("unit.m2-per-deminer-day"),
    };

    private static string Hectares(double m2) => (m2 / 10_000).ToString("#,0.00", Texts.Culture);

    public static void PrintJson(StatusReport report, string storeName)
    {
        // The shape of GET /api/v1/rollups, with the store's name.
        Console.WriteLine(ContractJson.Write(RollupView.From(report, storeName)));
    }

    // Civilian casualties apart from demining accidents, people by sex and age band: shown only when the store has any.
    private static void PrintCivilians(Core.Casualties.CivilianFigures c)
    {
        if (c.Incidents == 0) return;
        AnsiConsole.MarkupLine(Texts.Render("cli.status.civilians", ("incidents", Units.Count(c.Incidents)), ("killed", Units.Count(c.Killed)), ("injured", Units.Count(c.Injured))));
        var groups = c.KilledBySexAndAge.Keys.Union(c.InjuredBySexAndAge.Keys).Order().ToList();
        if (groups.Count == 0) return; // incidents whose source counted nobody (BiH's points): no table of empty rows
        var table = new Table().Border(TableBorder.Rounded).AddColumn(Texts.Render("cli.status.civilians.column.sex")).AddColumn(Texts.Render("cli.status.civilians.column.age"))
            .AddColumn(new TableColumn(Texts.Render("cli.status.column.killed")).RightAligned()).AddColumn(new TableColumn(Texts.Render("cli.status.column.injured")).RightAligned());
        foreach (var key in groups)
            table.AddRow(Markup.Escape(Words.Of(key.Sex)), Markup.Escape(AgeBand(key.Age)),
                Units.Count(c.KilledBySexAndAge.GetValueOrDefault(key)), Units.Count(c.InjuredBySexAndAge.GetValueOrDefault(key)));
        AnsiConsole.Write(table);
    }

    private static string AgeBand(Core.People.AgeBand age) => Texts.Render(age switch
    {
        Core.People.AgeBand.Child => "cli.status.civilians.age.child",
        Core.People.AgeBand.Adult => "cli.status.civilians.age.adult",
        Core.People.AgeBand.Older => "cli.status.civilians.age.older",
        _ => "cli.status.civilians.age.unknown",
    });
}
