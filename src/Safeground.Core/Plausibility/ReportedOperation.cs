using Safeground.Core.Text;

namespace Safeground.Core.Plausibility;

/// <summary>
/// An operation as a claim reports it: "20,000 devices over 150 ha in 60 days by 200 deminers; 3 killed".
/// Any figure may be missing; the assessment judges what the given figures allow.
/// </summary>
/// <param name="AreaDescription">How the claim stated the area ("150 ha"), for the output.</param>
/// <param name="AreaNote">What an informal unit was taken to mean (which football field).</param>
public sealed record ReportedOperation(
    long? Devices = null,
    double? AreaM2 = null,
    double? Days = null,
    int? People = null,
    int? Teams = null,
    int? Killed = null,
    int? Injured = null,
    string? AreaDescription = null,
    string? AreaNote = null)
{
    public static ReportedOperation WithArea(ParsedArea area, long? devices = null, double? days = null, int? people = null, int? teams = null, int? killed = null, int? injured = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new(devices, area.SquareMetres, days, people, teams, killed, injured, area.Text.Trim(), area.Note);
    }

    /// <summary>Killed and injured together, when either is given (the other then counts as none).</summary>
    public long? Casualties => Killed is null && Injured is null ? null : (long)(Killed ?? 0) + (Injured ?? 0);

    /// <summary>Refuses figures no claim can have: negative counts, a number that is not finite.</summary>
    public void Validate()
    {
        Check("devices", Devices);
        Check("area", AreaM2);
        Check("days", Days);
        Check("people", People);
        Check("teams", Teams);
        Check("killed", Killed);
        Check("injured", Injured);
    }

    private static void Check(string name, double? value)
    {
        if (value is not { } v) return;
        if (double.IsNaN(v) || double.IsInfinity(v)) throw SafegroundException.Invalid(Texts.Render("claim.option.not-a-number", ("option", name), ("value", v)));
        if (v < 0) throw SafegroundException.Invalid(Texts.Render("claim.option.negative", ("option", name), ("value", v)));
    }
}
