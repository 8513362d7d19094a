using Npgsql;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

// The programme's rules, every version set (schema v6).
public sealed partial class PostGisStore
{
    private const string RulesColumns = "version, rules_json, set_by, set_at, note";

    public StoredRules? CurrentRules() =>
        List($"SELECT {RulesColumns} FROM programme_rules ORDER BY version DESC LIMIT 1", ReadRules).FirstOrDefault();

    public IReadOnlyList<StoredRules> RulesHistory() => List($"SELECT {RulesColumns} FROM programme_rules ORDER BY version", ReadRules);

    private static StoredRules ReadRules(NpgsqlDataReader r) =>
        new(r.GetInt32(0), r.GetString(1), r.GetString(2), StoredTime.ParseInstant(r.GetString(3)), Text(r, 4));
}
