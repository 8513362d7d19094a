using System.Data.Common;

namespace Safeground.Storage.Sql;

/// <summary>
/// Where the GeoPackage (SQLite) and PostGIS (PostgreSQL) stores' SQL differs, and nowhere else: how a value is
/// bound and read back, and the few phrases the two engines spell differently. Everything else, the statements
/// themselves and the order of their parameters ($1, $2…, which both drivers read), is written once
/// (<see cref="SqlStore"/>, <see cref="SqlTransaction"/>, <see cref="SharedSchema"/>).
/// </summary>
public abstract class SqlDialect
{
    /// <summary>A boolean as the column takes it (SQLite: 0 or 1; PostgreSQL: boolean).</summary>
    public abstract object Flag(bool value);

    public abstract bool ReadFlag(DbDataReader reader, int ordinal);

    /// <summary>A date as the column takes it (SQLite: ISO text; PostgreSQL: date).</summary>
    public abstract object Date(DateOnly value);

    public abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    /// <summary>A JSON column selected as its text, byte for byte as stored.</summary>
    public abstract string JsonText(string column);

    /// <summary>
    /// A column in a condition the planner should not answer from an index on it (SQLite's unary "+"): some
    /// conditions are better served by another index, and only SQLite's planner needs telling.
    /// </summary>
    public virtual string Unindexed(string column) => column;

    /// <summary>The column that orders a report's events as they were appended (the tables' own row numbers differ).</summary>
    public abstract string EventSequence { get; }

    /// <summary>The values of <paramref name="column"/>, the one column of <paramref name="select"/>, as one column of the outer row.</summary>
    public abstract string IdList(string column, string select);

    public abstract IReadOnlyList<string> ReadIdList(DbDataReader reader, int ordinal);

    /// <summary>The column type that stands for <paramref name="type"/> in this engine's DDL.</summary>
    public abstract string TypeName(SqlType type);

    /// <summary>
    /// The column declaration(s) of a table keyed by a domain id <paramref name="column"/> (GeoPackage: an integer fid
    /// first, as every GeoPackage table must have, and the id UNIQUE; PostgreSQL: the id is the primary key).
    /// </summary>
    public abstract string DomainKey(string column);

    /// <summary>The table's own row id and the constraint on a key of several columns (GeoPackage: fid + UNIQUE; PostgreSQL: PRIMARY KEY).</summary>
    public abstract string CompositeKey(string columns);

    /// <summary>The column declaration of a row id before the other columns, or "" where the engine needs none.</summary>
    public abstract string RowId { get; }

    /// <summary>The DDL default standing for <paramref name="value"/> in a boolean column.</summary>
    public abstract string FlagLiteral(bool value);
}
