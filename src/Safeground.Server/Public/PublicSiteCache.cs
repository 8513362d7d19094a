using System.Globalization;
using Safeground.Core.Publication;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Server.Public;

/// <summary>
/// The public site per store, language and day, made once for each store revision (a roll-up of the whole store takes
/// seconds on a national one, and anyone may ask for the page). A request for a site being made waits for it instead
/// of starting another. Thread-safe; a failed making is not kept.
/// </summary>
internal sealed class PublicSiteCache(TimeProvider clock, int maxEntries = 16)
{
    private readonly Dictionary<(string Store, string Language), Entry> _entries = [];
    private readonly Lock _lock = new();
    private long _used;

    public IReadOnlyDictionary<string, byte[]> Get(ISafegroundStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var programme = StoredProgramme.Read(store);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The rules version is part of it, as for the roll-ups: figures replayed under other rules are other figures.
        string revision = store.Revision() + "/rules " + (programme.Stored?.Version.ToString(CultureInfo.InvariantCulture) ?? "default")
            + "/" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ui = CultureInfo.CurrentUICulture;
        var key = (store.Location, ui.Name);
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!) || entry.Revision != revision)
            {
                // Made in the caller's culture: the Lazy runs on the first request's thread, which has it.
                entry = new Entry(revision, new Lazy<IReadOnlyDictionary<string, byte[]>>(() => PublicSite.Make(PublicFigures.Compute(store, programme.Rules, today))));
                _entries[key] = entry;
            }
            entry.Used = ++_used;
            while (_entries.Count > maxEntries) _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
        }
        try
        {
            return entry.Site.Value;
        }
        catch
        {
            lock (_lock)
                if (_entries.TryGetValue(key, out var current) && current == entry) _entries.Remove(key);
            throw;
        }
    }

    private sealed class Entry(string revision, Lazy<IReadOnlyDictionary<string, byte[]>> site)
    {
        public string Revision { get; } = revision;
        public Lazy<IReadOnlyDictionary<string, byte[]>> Site { get; } = site;
        public long Used { get; set; }
    }
}
