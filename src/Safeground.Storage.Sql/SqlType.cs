namespace Safeground.Storage.Sql;

/// <summary>The kinds of column both schemas have; each dialect names its type for each (<see cref="SqlDialect.TypeName"/>).</summary>
public enum SqlType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A domain id or key: text that sorts by code point (PostgreSQL: COLLATE "C", SQLite: BINARY).</summary>
    Key,

    Integer,
    Real,
    Date,
    Flag,

    /// <summary>JSON kept as written (SQLite: TEXT; PostgreSQL: json, not jsonb, which would rewrite it).</summary>
    Json,

    /// <summary>A row number the database assigns in insertion order (the primary key).</summary>
    Sequence,
}
