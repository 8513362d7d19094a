using System.Globalization;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Storage.Sql;

// The programme's rules (schema v6): a new version is appended, never an old one changed (the schema refuses the rest).
public abstract partial class SqlTransaction
{
    public StoredRules AddRules(string json, string setBy, DateTimeOffset setAt, string? note)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        ArgumentException.ThrowIfNullOrEmpty(setBy);
        StoredRules? stored = null;
        Guard(() =>
        {
            // One writer at a time (SQLite's write lock, PostGIS's advisory lock): the next number cannot be taken
            // by another program before this commits.
            int version = Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) + 1 FROM programme_rules"), CultureInfo.InvariantCulture);
            Run("INSERT INTO programme_rules (version, rules_json, set_by, set_at, note) VALUES ($1, $2, $3, $4, $5)",
                version, json, setBy, StoredTime.Instant(setAt), note);
            stored = new StoredRules(version, json, setBy, setAt, note);
        });
        return stored!;
    }
}
