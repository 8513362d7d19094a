using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Server.Api;

/// <summary>
/// Roll-ups kept per store, grouping and filter, each valid for the store revision it was computed at: a roll-up
/// streams every hazard and find (about 20 s on a national store), and the dashboard asks for four at a time,
/// for every user, while the figures change only with an approval. Requests for a roll-up being computed wait
/// for that computation instead of starting another. Thread-safe; a failed computation is not kept.
/// </summary>
internal sealed class RollupCache(int maxEntries = 64)
{
    private readonly Dictionary<(string Store, StatusGrouping Grouping, StatusFilter Filter), Entry> _entries = [];
    private readonly Lock _lock = new();
    private long _clock;

    public StatusReport Get(ISafegroundStore store, StatusGrouping grouping, StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = (store.Location, grouping, filter);
        string revision = store.Revision();
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!) || entry.Revision != revision)
            {
                if (_entries.Count >= maxEntries) _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
                entry = new Entry(revision, new Lazy<StatusReport>(() => StatusReport.Compute(store, grouping, filter)));
                _entries[key] = entry;
            }
            entry.Used = ++_clock;
        }
        try
        {
            return entry.Report.Value;
        }
        catch
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(key, out var current) && current == entry) _entries.Remove(key);
            }
            throw;
        }
    }

    private sealed class Entry(string revision, Lazy<StatusReport> report)
    {
        public string Revision { get; } = revision;
        public Lazy<StatusReport> Report { get; } = report;
        public long Used { get; set; }
    }
}
