using System.Globalization;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Demo;

/// <summary>
/// Gives reports their envelope: a readable running id (R-yyyy-nnnnnn), the team's deployment and a
/// submission time a few hours after the day's work. One stamper per enumeration, so a sequence
/// enumerated again numbers its reports the same way.
/// </summary>
internal sealed class ReportStamper(int seed, DateOnly day0, DemoRoster roster, long firstNumber)
{
    private long _next = firstNumber;

    public DateOnly Date(int day) => day0.AddDays(day);

    /// <param name="slot">Position among the same hazard's reports of that day: later slots are submitted later.</param>
    public Report Stamp(string? hazardId, Team team, int day, int slot, ReportBody body)
    {
        long number = _next++;
        var date = Date(day);
        var rng = DemoRandom.For(seed, 6, number);
        var submitted = new DateTimeOffset(date.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero)
            .AddMinutes(slot * 25 + rng.Next(0, 20));
        string id = string.Create(CultureInfo.InvariantCulture, $"R-{date.Year:D4}-{number:D6}");
        return new Report(id, hazardId, team.OrganisationId, team.Id, roster.DeploymentOf(team, day), date, submitted,
            team.Id.ToLowerInvariant() + ".lead", body);
    }
}
