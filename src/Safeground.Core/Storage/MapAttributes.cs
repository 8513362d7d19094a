using System.Collections.Frozen;
using System.Text.Json;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;

namespace Safeground.Core.Storage;

/// <summary>
/// The attributes of each layer's <see cref="MapFeature"/>s, built in one place so every store gives the
/// same names and words (enums as the reports' kebab-case words; hazard class upper-case: SHA, CHA).
/// </summary>
public static class MapAttributes
{
    /// <summary>The attribute names of a layer, in order, with their type ("String" or "Number"), as TileJSON lists them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields(FeatureLayer layer) => layer switch
    {
        FeatureLayer.Hazards => [new("hazard_id", "String"), new("class", "String"), new("status", "String"), new("remaining_m2", "Number")],
        FeatureLayer.Released => [new("hazard_id", "String"), new("report_id", "String"), new("method", "String"), new("date", "String"), new("area_m2", "Number")],
        FeatureLayer.Finds => [new("report_id", "String"), new("find_index", "Number"), new("category", "String"), new("model", "String"), new("quantity", "Number"), new("date", "String")],
        FeatureLayer.Accidents => [new("report_id", "String"), new("date", "String"), new("is_demining", "Number"), new("killed", "Number"), new("injured", "Number")],
        FeatureLayer.RiskEducation => [new("report_id", "String"), new("date", "String"), new("method", "String"), new("beneficiaries", "Number")],
        FeatureLayer.Incidents => [new("report_id", "String"), new("date", "String"), new("activity", "String"), new("killed", "Number"), new("injured", "Number"), new("children", "Number")],
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };

    public static MapFeature Hazard(NetTopologySuite.Geometries.Geometry remaining, string hazardId, HazardClass hazardClass, HazardStatus status, double remainingM2) =>
        new(remaining, [new("hazard_id", hazardId), new("class", Word(hazardClass).ToUpperInvariant()), new("status", Word(status)), new("remaining_m2", Math.Round(remainingM2, 1))]);

    public static MapFeature Release(NetTopologySuite.Geometries.Geometry area, string hazardId, string reportId, ReleaseMethod method, DateOnly date, double areaM2) =>
        new(area, [new("hazard_id", hazardId), new("report_id", reportId), new("method", Word(method)), new("date", Day(date)), new("area_m2", Math.Round(areaM2, 1))]);

    public static MapFeature Find(NetTopologySuite.Geometries.Point position, string reportId, int index, EoCategory category, string? model, int quantity, DateOnly date)
    {
        var a = new List<KeyValuePair<string, object>>(6) { new("report_id", reportId), new("find_index", (long)index), new("category", Word(category)) };
        if (model is not null) a.Add(new("model", model));
        a.Add(new("quantity", (long)quantity));
        a.Add(new("date", Day(date)));
        return new(position, a);
    }

    /// <summary>An accident with its casualty counts only: never the victims themselves.</summary>
    public static MapFeature Accident(NetTopologySuite.Geometries.Point position, string reportId, DateOnly date, bool isDemining, int killed, int injured) =>
        new(position, [new("report_id", reportId), new("date", Day(date)), new("is_demining", isDemining ? 1L : 0L), new("killed", (long)killed), new("injured", (long)injured)]);

    /// <summary>A risk-education session with how many it reached: never who.</summary>
    public static MapFeature RiskEducation(NetTopologySuite.Geometries.Point position, string reportId, DateOnly date, Core.RiskEducation.EoreMethod method, int beneficiaries) =>
        new(position, [new("report_id", reportId), new("date", Day(date)), new("method", Word(method)), new("beneficiaries", (long)beneficiaries)]);

    public static MapFeature Of(Core.RiskEducation.RiskEducationRecord s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return RiskEducation(s.Session.Position, s.ReportId, s.Date, s.Session.Method, s.Session.Beneficiaries);
    }

    /// <summary>A civilian incident with its casualty counts only: never who.</summary>
    public static MapFeature Incident(NetTopologySuite.Geometries.Point position, string reportId, DateOnly date, Casualties.CasualtyActivity activity, int killed, int injured, int children) =>
        new(position, [new("report_id", reportId), new("date", Day(date)), new("activity", Word(activity)), new("killed", (long)killed), new("injured", (long)injured), new("children", (long)children)]);

    public static MapFeature Of(Casualties.IncidentRecord i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return Incident(i.Incident.Position, i.ReportId, i.Date, i.Incident.Activity, i.Incident.KilledCount, i.Incident.InjuredCount, i.Children);
    }

    public static MapFeature Of(HazardState h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return Hazard(h.Remaining, h.HazardId, h.Class, h.Status, h.RemainingM2);
    }

    public static MapFeature Of(ReleaseEvent r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Release(r.Area, r.HazardId, r.ReportId, r.Method, r.Date, r.AreaM2);
    }

    public static MapFeature Of(FindRecord f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Find(f.Find.Position, f.ReportId, f.Index, f.Find.Category, f.Find.Model, f.Find.Quantity, f.Date);
    }

    public static MapFeature Of(AccidentRecord a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var victims = a.Accident.Victims;
        return Accident(a.Accident.Position, a.ReportId, a.Date, a.Accident.IsDemining,
            victims.Count(v => v.Outcome == Accidents.VictimOutcome.Killed), victims.Count(v => v.Outcome == Accidents.VictimOutcome.Injured));
    }

    /// <summary>The kebab-case word of an enum value ("in-progress", "ap-mine"), cached.</summary>
    public static string Word<T>(T value) where T : struct, Enum => Words<T>.Of[value];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static class Words<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Of =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));
    }
}
