using Safeground.Core.Plausibility;

namespace Safeground.Contracts;

/// <summary>The claim as understood: its figures, the area in m² with the words it was given in and a note on the unit.</summary>
public sealed record ClaimInputView(long? Devices, double? AreaM2, string? Area, string? AreaNote, double? Days, int? People, int? Teams, int? Killed, int? Injured)
{
    public static ClaimInputView From(ReportedOperation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ClaimInputView(c.Devices, c.AreaM2, c.AreaDescription, c.AreaNote, c.Days, c.People, c.Teams, c.Killed, c.Injured);
    }
}
