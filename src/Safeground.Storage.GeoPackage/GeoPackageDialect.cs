using System.Data.Common;
using Safeground.Storage.Sql;

namespace Safeground.Storage.GeoPackage;

/// <summary>SQLite in a GeoPackage: dates and instants as ISO text, booleans as 0/1, JSON as TEXT.</summary>
internal sealed class GeoPackageDialect : SqlDialect
{
    public static readonly GeoPackageDialect Instance = new();

    public override object Flag(bool value) => value ? 1L : 0L;

    public override bool ReadFlag(DbDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

    public override object Date(DateOnly value) => IsoTime.Date(value);

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => IsoTime.ParseDate(reader.GetString(ordinal));

    public override string JsonText(string column) => column;

    public override string Unindexed(string column) => "+" + column;

    // Every GeoPackage table has an INTEGER PRIMARY KEY fid (requirement 29/119).
    public override string EventSequence => "fid";

    public override string IdList(string column, string select) => $"(SELECT group_concat({column}, ',') FROM ({select}))";

    public override IReadOnlyList<string> ReadIdList(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetString(ordinal).Split(',');

    // GeoPackage's column types (TEXT, INTEGER, REAL, DATE); booleans of the access tables are INTEGER 0/1.
    public override string TypeName(SqlType type) => type switch
    {
        SqlType.Text or SqlType.Key => "TEXT",
        SqlType.Integer or SqlType.Flag => "INTEGER",
        SqlType.Real => "REAL",
        SqlType.Json => "TEXT",
        SqlType.Date => "DATE",
        SqlType.Sequence => "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public override string FlagLiteral(bool value) => value ? "1" : "0";

    public override string DomainKey(string column) => $"{RowId}{column} TEXT NOT NULL UNIQUE";

    public override string CompositeKey(string columns) => $"UNIQUE ({columns})";

    public override string RowId => "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ";
}
