using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Server.Api;

/// <summary>
/// Roll-ups kept per store, grouping and filter, each valid for the store revision it was computed at: a roll-up
/// streams every hazard and find (about 20 s on a national store), the dashboard asks for three groupings, for
/// every user, and the figures change only with the store. Groupings missing from the cache are computed together
/// in one pass (<see cref="Rollup.Compute{TStore}(TStore, IReadOnlyList{StatusGrouping}, StatusFilter, ProgrammeRules)"/>);
/// a request for a roll-up being computed waits for that computation instead of starting another. Thread-safe;
/// a failed computation is not kept.
/// </summary>
internal sealed class RollupCache(int maxEntries = 64)
{
    private readonly Dictionary<(string Store, StatusGrouping Grouping, StatusFilter Filter), Entry> _entries = [];
    private readonly Lock _lock = new();
    private long _clock;

    public StatusReport Get(ISafegroundStore store, StatusGrouping grouping, StatusFilter filter) => Get(store, [grouping], filter)[0];

    public IReadOnlyList<StatusReport> Get(ISafegroundStore store, IReadOnlyList<StatusGrouping> groupings, StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(groupings);
        // The rules version is part of the revision: as-of figures replay hazards with them, and a rules change that
        // happens to leave every stored hazard as it was must still not serve figures made under the old rules.
        var programme = StoredProgramme.Read(store);
        string revision = store.Revision() + "/rules " + (programme.Stored?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default");
        var entries = new Entry[groupings.Count];
        lock (_lock)
        {
            var missing = new List<int>();
            for (int i = 0; i < groupings.Count; i++)
            {
                if (_entries.TryGetValue((store.Location, groupings[i], filter), out var e) && e.Revision == revision) entries[i] = e;
                else missing.Add(i);
            }
            if (missing.Count > 0)
            {
                var wanted = missing.Select(i => groupings[i]).ToList();
                var pass = new Lazy<IReadOnlyList<StatusReport>>(() => Rollup.Compute(store, wanted, filter, programme.Rules));
                for (int k = 0; k < missing.Count; k++)
                {
                    int at = k;
                    var entry = new Entry(revision, new Lazy<StatusReport>(() => pass.Value[at]));
                    entries[missing[k]] = entry;
                    _entries[(store.Location, groupings[missing[k]], filter)] = entry;
                }
            }
            foreach (var e in entries) e.Used = ++_clock;
            while (_entries.Count > maxEntries) _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
        }
        try
        {
            return entries.Select(e => e.Report.Value).ToList();
        }
        catch
        {
            lock (_lock)
            {
                for (int i = 0; i < groupings.Count; i++)
                {
                    var key = (store.Location, groupings[i], filter);
                    if (_entries.TryGetValue(key, out var current) && current == entries[i]) _entries.Remove(key);
                }
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
