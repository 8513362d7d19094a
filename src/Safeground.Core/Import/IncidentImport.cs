using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using Safeground.Core.Accidents;
using Safeground.Core.Casualties;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.People;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>
/// Imports civilian casualty incidents (points, as a mine action centre publishes them) as approved
/// <see cref="CasualtyIncident"/> reports, one per feature; casualties arrive as counts of unknown sex and age.
/// </summary>
/// <remarks>
/// A public incident map often has no dates (BiH's incident points carry only their map sheet): then the import needs
/// one day for the whole file (<paramref name="dateForAll"/>, the CLI's <c>--date</c>) and refuses each feature without it,
/// instead of inventing today. The date given for the file is not part of a made-up id, so a second import finds the
/// same ids and writes nothing. The same point with the same reference twice in a file is one incident listed twice
/// (a digitised map draws a symbol once per incident), refused naming the first. Hazards as for accidents: the one it
/// names or the one whose perimeter holds it. One transaction.
/// </remarks>
/// <param name="dateForAll">The day of every feature without its own date; null refuses such features.</param>
public sealed class IncidentImport(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules, DateOnly? dateForAll) : PointReportImport(store, clock, rules)
{
    /// <summary>More casualties than this in one incident is a typing error (a year in the count column).</summary>
    public const int MaxCasualties = 1000;

    protected override (Report? Report, string? Problem, string? Note) Read(SourceFeature f, ImportOptions options, DateTimeOffset now, Dictionary<string, string> ids)
    {
        var (point, unusable) = PointOf(f, "import.incident.not-a-point");
        if (point is null) return (null, unusable, null);

        var p = f.Properties;
        var m = options.Mapping;
        DateOnly? own;
        try
        {
            own = m.Get(p, "date", "incident_date", "occurred_on", "date_of_incident", "accident_date") is { } text ? DateParsing.Parse(text, "date") : null;
        }
        catch (SafegroundException e)
        {
            return (null, e.Message, null);
        }
        if ((own ?? dateForAll) is not { } date) return (null, Texts.Render("import.incident.no-date"), null);
        if (date > DateOnly.FromDateTime(now.UtcDateTime)) return (null, Texts.Render("issue.date-in-future", ("date", date)), null);

        string? problem = null;
        EoCategory? category = null;
        if (m.Get(p, "device_category", "eo_category", "category") is { } c)
        {
            category = EoNames.Category(c);
            if (category is null) problem ??= Texts.Render("import.find.unknown-category", ("value", c));
        }
        var activity = m.Get(p, "activity", "activity_at_time") is { } a ? Activity(a, ref problem) : CasualtyActivity.Unknown;
        int killed = Count(m.Get(p, "killed", "deaths", "fatalities"), "killed", MaxCasualties, ref problem);
        int injured = Count(m.Get(p, "injured", "wounded"), "injured", MaxCasualties, ref problem);
        if (problem is not null) return (null, problem, null);

        var organisation = m.Get(p, "organisation", "organization", "organisation_id", "organization_id", "org") ?? options.OrganisationId;
        var reference = m.Get(p, "source_reference", "reference", "case", "fileId", "file_id", "map_sheet");
        var (hazardId, note, unknown) = HazardOf(point, m.Get(p, "hazard_id", "hazardId", "hazard"), date);
        if (unknown is not null) return (null, unknown, null);

        var id = m.Get(p, "report_id", "reportId", "incident_id", "id") ?? "INC-" + Fingerprint(own, reference, point);
        if (!ids.TryAdd(id, f.Where)) return (null, Texts.Render("import.incident.same-as", ("first", ids[id]), ("id", id)), null);
        if (Store.FindReport(id) is { } stored)
            return stored.Report.Body is CasualtyIncident i && i.OccurredOn == date
                ? (null, null, null)
                : (null, Texts.Render("import.release.id-taken", ("id", id)), null);

        var body = new CasualtyIncident(date, point, m.Get(p, "region", "municipality") ?? options.Region, category, m.Get(p, "device_model", "model"), activity,
            Counted(killed), Counted(injured), m.Get(p, "source", "reported_by") ?? options.SourceName, reference);
        var report = new Report(id, hazardId, organisation, null, null, date, options.ImportedAt, options.ImportedBy, body);
        return Validated(report, now, note);
    }

    // Exchange files count casualties, not who they were: one group of unknown sex and age, or none.
    private static IReadOnlyList<PeopleCount> Counted(int n) => n > 0 ? [new PeopleCount(Gender.Unknown, AgeBand.Unknown, false, n)] : [];

    private static CasualtyActivity Activity(string text, ref string? problem)
    {
        var key = string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();
        foreach (var value in Enum.GetValues<CasualtyActivity>())
            if (key == value.ToString().ToLowerInvariant()) return value;
        CasualtyActivity? activity = key switch
        {
            "agriculture" or "ploughing" or "plowing" or "harvesting" => CasualtyActivity.Farming,
            "grazing" or "shepherding" or "livestock" => CasualtyActivity.Herding,
            "firewood" or "woodcutting" or "collectingwood" => CasualtyActivity.CollectingFirewood,
            "scrap" or "scrapmetal" or "collectingscrapmetal" => CasualtyActivity.CollectingScrap,
            "foraging" or "mushrooms" or "collectingmushrooms" => CasualtyActivity.CollectingFood,
            "travel" or "walking" or "driving" => CasualtyActivity.Travelling,
            "play" or "childrenplaying" => CasualtyActivity.Playing,
            "handling" or "dismantling" => CasualtyActivity.Tampering,
            _ => null,
        };
        if (activity is null) problem ??= Texts.Render("import.incident.unknown-activity", ("value", text));
        return activity ?? CasualtyActivity.Unknown;
    }

    private static string Fingerprint(DateOnly? own, string? reference, Point point)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{own:yyyy-MM-dd}|{reference}|{point.X:R}|{point.Y:R}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
