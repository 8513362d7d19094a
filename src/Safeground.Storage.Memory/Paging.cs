namespace Safeground.Storage.Memory;

/// <summary>One page of an ordered sequence with the number that match in all (LIMIT/OFFSET and a COUNT, as the real stores answer).</summary>
internal static class Paging
{
    public static Core.Storage.Page<TOut> Of<TIn, TOut>(IEnumerable<TIn> matching, long offset, int limit, Func<TIn, TOut> read)
    {
        var all = matching.ToList();
        var items = all.Skip((int)Math.Min(Math.Max(0, offset), int.MaxValue)).Take(Math.Max(0, limit)).Select(read).ToList();
        return new Core.Storage.Page<TOut>(items, all.Count);
    }
}
