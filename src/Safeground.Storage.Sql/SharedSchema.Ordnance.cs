using System.Text;
using Safeground.Core.Ordnance;

namespace Safeground.Storage.Sql;

// The ordnance catalogue step (issue 18): the lead orders it among the other parts' steps on merge.
public static partial class SharedSchema
{
    /// <summary>The version the ordnance step starts from: its place in the steps, whatever number the merge gives it.</summary>
    public static int OrdnanceStep => Array.IndexOf(Steps, (Func<SqlDialect, string>)Ordnance);

    // → +1: the programme's ordnance catalogue (models finds name), seeded with the common models (OrdnanceSeed) so
    // that a store is never without one; a programme adds, edits and retires its own from there.
    private static string Ordnance(SqlDialect d)
    {
        string text = d.TypeName(SqlType.Text);
        var sql = new StringBuilder($"""
            CREATE TABLE ordnance_models ({d.DomainKey("id")}, name {text} NOT NULL, category {text} NOT NULL, fuzes {text} NOT NULL,
              hazard {text}, aliases {text} NOT NULL, country {text}, retired_on {text});

            """);
        foreach (var m in OrdnanceSeed.Models)
        {
            var row = OrdnanceRow.Of(m);
            sql.Append(CultureInvariant($"INSERT INTO ordnance_models (id, name, category, fuzes, hazard, aliases, country, retired_on) VALUES ({Literal(row.Id)}, {Literal(row.Name)}, {Literal(row.Category)}, {Literal(row.Fuzes)}, {Literal(row.Hazard)}, {Literal(row.Aliases)}, {Literal(row.Country)}, {Literal(row.RetiredOn)});\n"));
        }
        return sql.ToString();
    }

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);

    // Seed text is ours, but quote it as SQL does all the same: a model name may hold an apostrophe.
    private static string Literal(string? value) => value is null ? "NULL" : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
