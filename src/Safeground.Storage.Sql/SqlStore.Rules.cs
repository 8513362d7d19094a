using System.Data.Common;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Storage.Sql;

// The programme's rules, every version set (schema v6).
public abstract partial class SqlStore
{
    private const string RulesColumns = "version, rules_json, set_by, set_at, note";

    public StoredRules? CurrentRules() =>
        RowList($"SELECT {RulesColumns} FROM programme_rules ORDER BY version DESC LIMIT 1", ReadRules).FirstOrDefault();

    public IReadOnlyList<StoredRules> RulesHistory() => RowList($"SELECT {RulesColumns} FROM programme_rules ORDER BY version", ReadRules);

    private static StoredRules ReadRules(DbDataReader r) =>
        new(r.GetInt32(0), r.GetString(1), r.GetString(2), StoredTime.ParseInstant(r.GetString(3)), TextOrNull(r, 4));
}
