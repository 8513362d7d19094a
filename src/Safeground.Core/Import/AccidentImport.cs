using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using Safeground.Core.Accidents;
using Safeground.Core.Lifecycle;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>
/// Imports demining accidents (points with a date, as another IMS, a spreadsheet or Google Earth keeps them) as approved
/// IMAS 10.60 accident reports, one per feature. Victims arrive as counts (killed, injured): exchange files carry no names.
/// </summary>
/// <remarks>
/// An accident belongs to the hazard it names (<c>hazard_id</c>), or else to the one hazard whose perimeter holds it; its
/// hazard is replayed with it, so the accident is evidence there as a submitted report would be. A point in several
/// hazards is placed in none and said so. Report ids are the feature's own (<c>report_id</c>, as <c>export</c> writes)
/// or made from its content, so importing a file again writes nothing. One transaction: an interrupted import keeps nothing.
/// </remarks>
public sealed class AccidentImport(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules) : PointReportImport(store, clock, rules)
{
    protected override (Report? Report, string? Problem, string? Note) Read(SourceFeature f, ImportOptions options, DateTimeOffset now, Dictionary<string, string> ids)
    {
        var (point, unusable) = PointOf(f, "import.accident.not-a-point");
        if (point is null) return (null, unusable, null);

        var p = f.Properties;
        var m = options.Mapping;
        DateTimeOffset occurred;
        DateOnly date;
        try
        {
            var dateText = m.Get(p, "date", "accident_date", "date_of_accident", "incident_date", "date_of_information");
            var timeText = m.Get(p, "occurred_at", "occurred", "date_time", "datetime", "time_of_accident");
            if (dateText is null && timeText is null) return (null, Texts.Render("import.accident.no-date"), null);
            DateOnly? given = dateText is null ? null : DateParsing.Parse(dateText, "date");
            occurred = timeText is not null ? Moment(timeText) : new DateTimeOffset(given!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            date = given ?? DateOnly.FromDateTime(occurred.UtcDateTime);
        }
        catch (SafegroundException e)
        {
            return (null, e.Message, null);
        }
        if (date > DateOnly.FromDateTime(now.UtcDateTime) || occurred > now)
            return (null, Texts.Render("issue.date-in-future", ("date", date)), null);

        string? problem = null;
        bool isDemining = YesNo(m.Get(p, "is_demining", "demining"), "is_demining", ref problem) ?? true;
        var asset = m.Get(p, "asset_at_time", "asset") is { } assetText ? Asset(assetText, ref problem) : null;
        EoCategory? category = null;
        if (m.Get(p, "device_category", "eo_category", "category") is { } c)
        {
            category = EoNames.Category(c);
            if (category is null) problem ??= Texts.Render("import.find.unknown-category", ("value", c));
        }
        int? depth = m.Get(p, "depth_cm", "depth") is { } d ? ImportNumbers.DepthCm(d, ref problem) : null;
        var killedText = m.Get(p, "killed", "deaths", "fatalities");
        var injuredText = m.Get(p, "injured", "wounded");
        int killed = Count(killedText, "killed", MaxVictims, ref problem), injured = Count(injuredText, "injured", MaxVictims, ref problem);
        bool? moved = YesNo(m.Get(p, "item_moved", "moved"), "item_moved", ref problem);
        bool? marked = YesNo(m.Get(p, "item_marked", "marked"), "item_marked", ref problem);
        if (problem is not null) return (null, problem, null);

        var organisation = m.Get(p, "organisation", "organization", "organisation_id", "organization_id", "org", "operator") ?? options.OrganisationId;
        var (hazardId, note, unknown) = HazardOf(point, m.Get(p, "hazard_id", "hazardId", "hazard"), recordedBy: null);
        if (unknown is not null) return (null, unknown, null);

        var id = m.Get(p, "report_id", "reportId", "accident_id", "id") ?? "ACC-" + Fingerprint(occurred, organisation, point);
        if (!ids.TryAdd(id, f.Where)) return (null, Texts.Render("import.accident.same-as", ("first", ids[id]), ("id", id)), null);
        if (Store.FindReport(id) is { } stored)
            return stored.Report.Body is AccidentReport a && a.OccurredAt == occurred
                ? (null, null, null)
                : (null, Texts.Render("import.release.id-taken", ("id", id)), null);

        var victims = Enumerable.Repeat(VictimOutcome.Killed, killed).Concat(Enumerable.Repeat(VictimOutcome.Injured, injured))
            .Select(o => new Victim(null, Gender.Unknown, null, null, null, null, o, null, null)).ToList();
        var body = new AccidentReport(occurred, point, isDemining,
            m.Get(p, "activity_at_time", "activity"), asset, m.Get(p, "cause"), m.Get(p, "activation_method", "activation"),
            moved, marked, category, m.Get(p, "device_model", "model"), depth,
            m.Get(p, "ground_conditions", "ground"), m.Get(p, "weather"), m.Get(p, "corrective_action", "corrective"),
            victims, killedText is not null && injuredText is not null && victims.Count == 0 ? true : null);
        var report = new Report(id, hazardId, organisation, null, null, date, options.ImportedAt, options.ImportedBy, body);
        return Validated(report, now, note);
    }

    // ISO times only, with "T" or a space as spreadsheets write them: a free parse would read "03/04/2026 14:00" month first.
    private static readonly string[] Moments =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];

    // A time with its offset as export writes it ("2025-03-02T10:15:00+02:00"), one without read as UTC, or a bare date.
    private static DateTimeOffset Moment(string text) =>
        DateTimeOffset.TryParseExact(text.Trim(), Moments, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : new DateTimeOffset(DateParsing.Parse(text, "occurred_at").ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static bool? YesNo(string? text, string field, ref string? problem)
    {
        if (text is null) return null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "t" or "yes" or "y" or "1": return true;
            case "false" or "f" or "no" or "n" or "0": return false;
            default:
                problem ??= Texts.Render("import.accident.not-yes-no", ("field", field), ("value", text));
                return null;
        }
    }

    private static AssetKind? Asset(string text, ref string? problem)
    {
        var key = string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();
        AssetKind? asset = key switch
        {
            "manual" or "manualdeminer" or "deminer" => AssetKind.Manual,
            "mechanical" or "machine" or "mechanicalasset" => AssetKind.Mechanical,
            "minedetectiondogs" or "minedetectiondog" or "mdd" or "dog" or "dogs" => AssetKind.MineDetectionDogs,
            _ => null,
        };
        if (asset is null) problem ??= Texts.Render("import.accident.unknown-asset", ("value", text));
        return asset;
    }

    /// <summary>More victims than this in one demining accident is a typing error (a date or an id in the wrong column).</summary>
    public const int MaxVictims = 100;

    private static string Fingerprint(DateTimeOffset occurred, string organisation, Point point)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{occurred.UtcDateTime:O}|{organisation}|{point.X:R}|{point.Y:R}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
