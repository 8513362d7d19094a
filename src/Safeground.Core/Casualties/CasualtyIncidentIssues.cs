using Safeground.Core.Lifecycle;
using Safeground.Core.People;
using Safeground.Core.Reports;
using Safeground.Core.Text;

namespace Safeground.Core.Casualties;

/// <summary>
/// What a civilian incident must carry: a place, a day that has happened and is not after the report learnt of it, who
/// reported it, and counts that are whole numbers of people, each group once (two lines for the same group would be
/// counted twice by every roll-up).
/// </summary>
internal static class CasualtyIncidentIssues
{
    /// <summary>More people than this in one group of one incident is a typing error (a year in the count column).</summary>
    public const int MaxPerGroup = 1000;

    public static IEnumerable<ReportIssue> Of(Report report, CasualtyIncident incident, DateTimeOffset now)
    {
        if (incident.Position is null || incident.Position.IsEmpty)
            yield return ReportValidation.Error("body.position", "issue.incident.position-missing");
        else if (!ReportValidation.IsNumber(incident.Position))
            yield return ReportValidation.Error("body.position", "issue.incident.position-not-number", TextArgs.Of(("position", ReportValidation.Where(incident.Position))));
        else if (!ReportValidation.InRange(incident.Position))
            yield return ReportValidation.Error("body.position", "issue.incident.position-out-of-range", TextArgs.Of(("position", ReportValidation.Where(incident.Position))));
        if (incident.OccurredOn == default)
            yield return ReportValidation.Error("body.occurredOn", "issue.incident.date-missing");
        else if (incident.OccurredOn > DateOnly.FromDateTime(now.UtcDateTime))
            yield return ReportValidation.Error("body.occurredOn", "issue.incident.date-in-future", TextArgs.Of(("date", incident.OccurredOn)));
        else if (report.DateOfInformation != default && incident.OccurredOn > report.DateOfInformation)
            yield return ReportValidation.Error("body.occurredOn", "issue.incident.after-information",
                TextArgs.Of(("date", incident.OccurredOn), ("information", report.DateOfInformation)));
        if (string.IsNullOrWhiteSpace(incident.Source))
            yield return ReportValidation.Error("body.source", "issue.incident.source-missing");
        foreach (var issue in Counts("killed", "field.incident.killed", incident.Killed)) yield return issue;
        foreach (var issue in Counts("injured", "field.incident.injured", incident.Injured)) yield return issue;
    }

    private static IEnumerable<ReportIssue> Counts(string name, string field, IReadOnlyList<PeopleCount>? counts)
    {
        if (counts is null)
        {
            yield return ReportValidation.Error($"body.{name}", "issue.incident.counts-missing", TextArgs.Of(("field", field)));
            yield break;
        }
        var seen = new HashSet<(Accidents.Gender, AgeBand, bool)>();
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            if (c is null)
            {
                yield return ReportValidation.Error($"body.{name}[{i}]", "issue.incident.count-empty", TextArgs.Of(("field", field), ("line", i + 1)));
                continue;
            }
            if (c.Count is < 0 or > MaxPerGroup)
                yield return ReportValidation.Error($"body.{name}[{i}].count", "issue.incident.count-range",
                    TextArgs.Of(("field", field), ("line", i + 1), ("count", c.Count), ("max", MaxPerGroup)));
            if (!seen.Add((c.Sex, c.Age, c.WithDisability)))
                yield return ReportValidation.Error($"body.{name}[{i}]", "issue.incident.count-twice",
                    TextArgs.Of(("field", field), ("line", i + 1)));
        }
    }
}
