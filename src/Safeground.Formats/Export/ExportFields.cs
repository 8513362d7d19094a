using System.Globalization;
using Safeground.Core.Accidents;
using Safeground.Core.Projections;

namespace Safeground.Formats.Export;

/// <summary>
/// The attribute fields of each exported record kind, in column order, snake_case. One list for both
/// GeoJSON and CSV so the two never drift apart. A null record gives the names with null values.
/// </summary>
internal static class ExportFields
{
    private const double M2PerHa = 10_000;

    public static void Hazard(HazardState? h, IFieldSink sink)
    {
        sink.Text("hazard_id", h?.HazardId);
        sink.Text("name", h?.Name);
        sink.Text("region", h?.Region);
        sink.Text("organisation_id", h?.OrganisationId);
        sink.Text("class", EnumText.Of(h?.Class));
        sink.Text("status", EnumText.Of(h?.Status));
        sink.Text("contamination_type", EnumText.Of(h?.ContaminationType)); // as stated by a survey; empty: not stated
        Area(sink, "original", h?.OriginalM2);
        Area(sink, "cancelled", h?.CancelledM2);
        Area(sink, "reduced", h?.ReducedM2);
        Area(sink, "cleared", h?.ClearedM2);
        Area(sink, "released", h?.ReleasedM2);
        Area(sink, "remaining", h?.RemainingM2);
        sink.Text("suspected_categories", EnumText.Join(h?.SuspectedCategories));
        sink.Integer("evidence_count", h?.Evidence.Count);
        sink.Integer("release_count", h?.Releases.Count);
        sink.Integer("find_count", h?.FindCount);
        sink.Integer("accident_count", h?.AccidentCount);
        sink.Integer("clearance_depth_cm", h?.ClearanceDepthCm);
        sink.Text("created_on", Date(h?.CreatedOn));
        sink.Text("last_report_on", Date(h?.LastReportOn));
        sink.Text("last_report_id", h?.LastReportId);
        sink.Integer("report_count", h?.ReportCount);
    }

    public static void Release(ReleaseEvent? r, IFieldSink sink)
    {
        sink.Text("hazard_id", r?.HazardId);
        sink.Text("report_id", r?.ReportId);
        sink.Text("method", EnumText.Of(r?.Method));
        sink.Text("date", Date(r?.Date));
        Area(sink, "area", r?.AreaM2);
        Area(sink, "claimed", r?.ClaimedM2);
    }

    public static void Find(FindRecord? f, IFieldSink sink)
    {
        sink.Text("report_id", f?.ReportId);
        sink.Integer("find_index", f?.Index);
        sink.Text("hazard_id", f?.HazardId);
        sink.Text("organisation_id", f?.OrganisationId);
        sink.Text("region", f?.Region);
        sink.Text("date", Date(f?.Date));
        sink.Text("category", EnumText.Of(f?.Find.Category));
        sink.Text("model", f?.Find.Model);
        sink.Integer("quantity", f?.Find.Quantity);
        sink.Text("condition", EnumText.Of(f?.Find.Condition));
        sink.Integer("depth_cm", f?.Find.DepthCm);
        sink.Text("disposal", EnumText.Of(f?.Find.Disposal));
    }

    /// <summary>
    /// Victims are personal data (IMAS 10.60): exports carry only how many were killed and injured,
    /// never names, dates of birth, addresses or anything else about a person.
    /// </summary>
    public static void Accident(AccidentRecord? a, IFieldSink sink)
    {
        var x = a?.Accident;
        sink.Text("report_id", a?.ReportId);
        sink.Text("hazard_id", a?.HazardId);
        sink.Text("organisation_id", a?.OrganisationId);
        sink.Text("region", a?.Region);
        sink.Text("date", Date(a?.Date));
        sink.Text("occurred_at", x?.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        sink.Boolean("is_demining", x?.IsDemining);
        sink.Text("activity_at_time", x?.ActivityAtTime);
        sink.Text("asset_at_time", EnumText.Of(x?.AssetAtTime));
        sink.Text("cause", x?.Cause);
        sink.Text("activation_method", x?.ActivationMethod);
        sink.Boolean("item_moved", x?.ItemMoved);
        sink.Boolean("item_marked", x?.ItemMarked);
        sink.Text("device_category", EnumText.Of(x?.DeviceCategory));
        sink.Text("device_model", x?.DeviceModel);
        sink.Integer("depth_cm", x?.DepthCm);
        sink.Text("ground_conditions", x?.GroundConditions);
        sink.Text("weather", x?.Weather);
        sink.Text("corrective_action", x?.CorrectiveAction);
        sink.Integer("killed", x?.Victims.Count(v => v.Outcome == VictimOutcome.Killed));
        sink.Integer("injured", x?.Victims.Count(v => v.Outcome == VictimOutcome.Injured));
    }

    /// <summary>
    /// A civilian incident with its casualties as counts (killed, injured, children among them): nobody is named, so
    /// there is nothing about a person to leave out.
    /// </summary>
    public static void Incident(Core.Casualties.IncidentRecord? i, IFieldSink sink)
    {
        sink.Text("report_id", i?.ReportId);
        sink.Text("organisation_id", i?.OrganisationId);
        sink.Text("region", i?.Region);
        sink.Text("hazard_id", i?.HazardId);
        sink.Text("date", Date(i?.Date));
        sink.Text("activity", EnumText.Of(i?.Incident.Activity));
        sink.Text("device_category", EnumText.Of(i?.Incident.DeviceCategory));
        sink.Text("device_model", i?.Incident.DeviceModel);
        sink.Integer("killed", i?.Incident.KilledCount);
        sink.Integer("injured", i?.Incident.InjuredCount);
        sink.Integer("children", i?.Children);
        sink.Text("source", i?.Incident.Source);
    }

    /// <summary>
    /// A risk-education session's audience as counts by sex, age band and disability (IMAS 12.10's disaggregation):
    /// an audience is never named, so there is nothing else about a person to leave out.
    /// </summary>
    public static void RiskEducation(Core.RiskEducation.RiskEducationRecord? s, IFieldSink sink)
    {
        int? N(Func<Core.People.PeopleCount, bool> which) => s?.Count(which);
        sink.Text("report_id", s?.ReportId);
        sink.Text("organisation_id", s?.OrganisationId);
        sink.Text("team_id", s?.TeamId);
        sink.Text("region", s?.Region);
        sink.Text("date", Date(s?.Date));
        sink.Text("method", EnumText.Of(s?.Session.Method));
        sink.Integer("beneficiaries", s?.Session.Beneficiaries);
        sink.Integer("female", N(c => c.Sex == Gender.Female));
        sink.Integer("male", N(c => c.Sex == Gender.Male));
        sink.Integer("children", N(c => c.Age == Core.People.AgeBand.Child));
        sink.Integer("adults", N(c => c.Age == Core.People.AgeBand.Adult));
        sink.Integer("older", N(c => c.Age == Core.People.AgeBand.Older));
        sink.Integer("with_disability", N(c => c.WithDisability));
        sink.Integer("materials", s?.Session.Materials?.Sum(m => Math.Max(0, m.Quantity)));
        sink.Text("near_hazards", s is null ? null : string.Join(' ', s.Session.NearHazards ?? []));
    }

    private static void Area(IFieldSink sink, string name, double? m2)
    {
        sink.Number(name + "_m2", m2);
        sink.Number(name + "_ha", m2 / M2PerHa);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
