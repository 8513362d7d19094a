using System.Globalization;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

// The programme's rules (schema v6): a new version is appended, never an old one changed (triggers refuse the rest).
internal sealed partial class PostGisTransaction
{
    public StoredRules AddRules(string json, string setBy, DateTimeOffset setAt, string? note)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        ArgumentException.ThrowIfNullOrEmpty(setBy);
        StoredRules? stored = null;
        Guard(() =>
        {
            // The writer's advisory lock is held: the next number cannot be taken by another program before this commits.
            int version = Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) + 1 FROM programme_rules"), CultureInfo.InvariantCulture);
            Run("INSERT INTO programme_rules (version, rules_json, set_by, set_at, note) VALUES ($1, $2, $3, $4, $5)",
                version, json, setBy, StoredTime.Instant(setAt), note);
            stored = new StoredRules(version, json, setBy, setAt, note);
        });
        return stored!;
    }
}
