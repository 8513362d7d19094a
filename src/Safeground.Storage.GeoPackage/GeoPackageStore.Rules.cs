using Safeground.Core.Rules;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// The programme's rules, every version set (schema v6).
public sealed partial class GeoPackageStore
{
    private const string RulesColumns = "version, rules_json, set_by, set_at, note";

    public StoredRules? CurrentRules() =>
        List($"SELECT {RulesColumns} FROM programme_rules ORDER BY version DESC LIMIT 1", ReadRules).FirstOrDefault();

    public IReadOnlyList<StoredRules> RulesHistory() => List($"SELECT {RulesColumns} FROM programme_rules ORDER BY version", ReadRules);

    private static StoredRules ReadRules(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetInt32(0), r.GetString(1), r.GetString(2), IsoTime.ParseInstant(r.GetString(3)), Text(r, 4));
}
