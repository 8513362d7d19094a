using System.Data.Common;
using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis;

/// <summary>PostgreSQL: native dates and booleans; ids in "C" collation; payloads as json read back as text.</summary>
internal sealed class PostGisDialect : SqlDialect
{
    public static readonly PostGisDialect Instance = new();

    public override object Flag(bool value) => value;

    public override bool ReadFlag(DbDataReader reader, int ordinal) => reader.GetBoolean(ordinal);

    public override object Date(DateOnly value) => value;

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    // json keeps the text as written; ::text reads it back byte for byte.
    public override string JsonText(string column) => column + "::text";

    public override string EventSequence => "seq";

    public override string IdList(string column, string select) => $"ARRAY({select})";

    public override IReadOnlyList<string> ReadIdList(DbDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);

    // Ids in "C" collation: ordered by code point like .NET's ordinal comparison and SQLite's BINARY.
    public override string TypeName(SqlType type) => type switch
    {
        SqlType.Text => "text",
        SqlType.Key => "text COLLATE \"C\"",
        SqlType.Integer => "integer",
        SqlType.Real => "double precision",
        SqlType.Date => "date",
        SqlType.Flag => "boolean",
        SqlType.Json => "json",
        SqlType.Sequence => "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public override string FlagLiteral(bool value) => value ? "true" : "false";

    public override string DomainKey(string column) => $"{column} text COLLATE \"C\" PRIMARY KEY";

    public override string CompositeKey(string columns) => $"PRIMARY KEY ({columns})";

    public override string RowId => "";
}
