using Safeground.Core.Reports;
using Safeground.Core.Sync;
using Safeground.Core.Text;

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
        List("hazards", area.Hazards, "api.sync.missing.hazards");
        List("reports", area.Reports, "api.sync.missing.reports");
        return area;
    }

    public static IReadOnlyList<string> Ids(FetchRequest request)
    {
        List("ids", request.Ids, "api.sync.missing.ids");
        return request.Ids;
    }

    public static IReadOnlyList<Report> Reports(PushRequest request)
    {
        var reports = request.Reports;
        if (reports is null) throw QueryValues.Bad(Texts.Render("api.sync.missing.push"));
        for (int i = 0; i < reports.Count; i++)
        {
            if (reports[i] is null) throw QueryValues.Bad(Texts.Render("api.sync.null-report", ("index", i)));
            if (string.IsNullOrWhiteSpace(reports[i].Id)) throw QueryValues.Bad(Texts.Render("api.sync.report-id", ("index", i)));
        }
        return reports;
    }

    /// <param name="missingId">The text id of the whole sentence saying the list is missing and what to give.</param>
    private static void List(string field, IEnumerable<string>? ids, string missingId)
    {
        if (ids is null) throw QueryValues.Bad(Texts.Render(missingId));
        int i = 0;
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id)) throw QueryValues.Bad(Texts.Render("api.sync.not-an-id", ("field", field), ("index", i), ("id", id)));
            i++;
        }
    }
}
