using Safeground.Core.Reports;

namespace Safeground.Core.Accidents;

/// <summary>
/// Victims' names, dates of birth and addresses (IMAS 10.60): the personal data a report may carry. Whatever leaves a
/// store without an admin's consent (exports, field kits, sync, API answers to callers who may not see it) carries the
/// report with these fields withheld; everything else of the report stays as it was.
/// </summary>
/// <remarks>
/// A report with its personal data withheld keeps its id and every figure the replay reads (victims are counted by
/// outcome and gender, never by name), so a kit of such copies replays to the same projections, and sync, which
/// exchanges reports by id, recognises it as the same report: it is never pushed back as a new one or a correction.
/// </remarks>
public static class PersonalData
{
    /// <summary>Whether <paramref name="report"/> carries any victim's name, date of birth or address.</summary>
    public static bool Holds(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Body is AccidentReport a && a.Victims.Any(v => v.Name is not null || v.DateOfBirth is not null || v.Address is not null);
    }

    /// <summary>The report without victims' names, dates of birth and addresses; the same instance when it carries none.</summary>
    public static Report Withhold(Report report) => Holds(report) && report.Body is AccidentReport accident
        ? report with { Body = accident with { Victims = [.. accident.Victims.Select(v => v with { Name = null, DateOfBirth = null, Address = null })] } }
        : report;
}
