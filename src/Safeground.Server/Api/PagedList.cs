using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Safeground.Core.Storage;

namespace Safeground.Server.Api;

/// <summary>
/// A page of a list as the API serves it: the items, the total that match, and a <c>next</c> link
/// (the same query with the offset moved on) until the end; a client follows <c>next</c> until it is absent.
/// </summary>
internal sealed record PagedList<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset, string? Next)
{
    public static PagedList<T> Of<TSource>(Page<TSource> page, Func<TSource, T> map, HttpRequest request, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(request);
        string? next = null;
        if (offset + page.Items.Count < page.Total && page.Items.Count > 0)
        {
            var query = request.Query.Where(q => q.Key is not ("offset" or "limit"))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))
                .Append(new("limit", limit.ToString(CultureInfo.InvariantCulture)))
                .Append(new("offset", (offset + page.Items.Count).ToString(CultureInfo.InvariantCulture)));
            next = request.PathBase + request.Path + new QueryBuilder(query).ToQueryString();
        }
        return new PagedList<T>(page.Items.Select(map).ToList(), page.Total, limit, offset, next);
    }

    /// <summary>A list the store keeps small (organisations, accidents): paged in memory.</summary>
    public static PagedList<T> OfAll(IEnumerable<T> all, HttpRequest request, int limit, int offset)
    {
        var items = new List<T>();
        long total = 0;
        foreach (var item in all)
        {
            if (total >= offset && items.Count < limit) items.Add(item);
            total++;
        }
        return Of(new Page<T>(items, total), x => x, request, limit, offset);
    }
}
