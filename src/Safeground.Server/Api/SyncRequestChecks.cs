using Safeground.Core.Reports;
using Safeground.Core.Sync;

namespace Safeground.Server.Api;

/// <summary>
/// The sync bodies as read from JSON may hold null where a list belongs (<c>{}</c>, a half-written client): each is
/// refused here, naming the field, before any work starts. The manifest in particular is streamed, so a null found
/// while writing it would cut the answer off after a 200.
/// </summary>
internal static class SyncRequestChecks
{
    public static SyncArea Area(SyncArea area)
    {
        // Read from JSON, the non-nullable lists are null when missing.
        List("hazards", area.Hazards, "the ids of the hazards the kit holds; [] for none");
        List("reports", area.Reports, "the ids of the kit's own reports; [] for none");
        return area;
    }

    public static IReadOnlyList<string> Ids(FetchRequest request)
    {
        List("ids", request.Ids, "the ids of the reports to fetch");
        return request.Ids;
    }

    public static IReadOnlyList<Report> Reports(PushRequest request)
    {
        var reports = request.Reports;
        if (reports is null) throw Missing("reports", "the reports to submit; [] for none");
        for (int i = 0; i < reports.Count; i++)
        {
            if (reports[i] is null) throw QueryValues.Bad($"reports[{i}]: null is not a report");
            if (string.IsNullOrWhiteSpace(reports[i].Id)) throw QueryValues.Bad($"reports[{i}].id: missing; every pushed report needs its id");
        }
        return reports;
    }

    private static void List(string field, IEnumerable<string>? ids, string what)
    {
        if (ids is null) throw Missing(field, what);
        int i = 0;
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id)) throw QueryValues.Bad($"{field}[{i}]: '{id}' is not an id");
            i++;
        }
    }

    private static Microsoft.AspNetCore.Http.BadHttpRequestException Missing(string field, string what) =>
        QueryValues.Bad($"{field}: missing; give {what}");
}
