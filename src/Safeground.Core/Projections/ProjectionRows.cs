using Safeground.Core.Reports;

namespace Safeground.Core.Projections;

/// <summary>The find and accident rows an approved report contributes to the map layers.</summary>
public static class ProjectionRows
{
    public static IEnumerable<FindRecord> Finds(Report report, string? region)
    {
        var finds = report.Body.AllFinds;
        for (int i = 0; i < finds.Count; i++)
            yield return new FindRecord(report.Id, i, report.HazardId, report.OrganisationId, region, report.DateOfInformation, finds[i]);
    }

    public static AccidentRecord? Accident(Report report, string? region) =>
        report.Body is AccidentReport accident
            ? new AccidentRecord(report.Id, report.HazardId, report.OrganisationId, region, report.DateOfInformation, accident)
            : null;
}
