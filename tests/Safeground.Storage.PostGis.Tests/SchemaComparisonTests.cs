using Microsoft.Data.Sqlite;
using Npgsql;
using Safeground.Storage.GeoPackage;
using Safeground.Storage.Sql;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>
/// "Schema version N" means the same tables, columns and indexes in both stores: at every version, a GeoPackage and a
/// PostGIS schema are built step by step as a migration would, read back from their catalogues (pragma table_info,
/// information_schema), their column types normalised through each store's <see cref="SqlDialect"/>, and compared.
/// Only the differences listed (and explained) in <see cref="Intended"/> pass.
/// </summary>
public sealed class SchemaComparisonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sg-schemas-").FullName;
    private readonly List<string> _schemas = [];

    public void Dispose()
    {
        foreach (var url in _schemas) TestServer.Drop(url);
        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<int> Versions()
    {
        var data = new TheoryData<int>();
        for (int v = 1; v <= SharedSchema.Current; v++) data.Add(v);
        return data;
    }

    [Fact]
    public void Both_stores_are_at_the_shared_schema_version() =>
        Assert.Equal((SharedSchema.Current, SharedSchema.Current), (GeoPackageStore.SchemaVersion, PostGisStore.SchemaVersion));

    [SkippableTheory]
    [MemberData(nameof(Versions))]
    public void Both_stores_have_the_same_columns_and_indexes_at_every_version(int version)
    {
        var gpkg = GeoPackageAt(version);
        var pg = PostGisAt(version);
        // Both catalogues were read: a comparison of two empty readings would pass whatever the schemas.
        foreach (var read in new[] { gpkg, pg })
        {
            Assert.Contains(("reports", "payload"), read.Columns.Keys);
            Assert.Equal("reports", read.Indexes["reports_replay"].Table);
        }
        var problems = Differences(gpkg, pg).Select(p => $"schema version {version}: {p}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_column_or_index_in_one_store_only_is_named_with_its_table()
    {
        var a = new Catalogue();
        a.Columns[("reports", "id")] = new Column("text", NotNull: true);
        a.Columns[("reports", "payload")] = new Column("text", NotNull: true);
        a.Indexes["reports_replay"] = new Index("reports", "date_of_information, submitted_at, id", Unique: false, Gist: false);
        var b = new Catalogue();
        b.Columns[("reports", "id")] = new Column("integer", NotNull: true);
        var problems = Differences(a, b).ToList();
        Assert.Contains("reports.id: GeoPackage text not null, PostGIS integer not null", problems);
        Assert.Contains("reports.payload: only in GeoPackage", problems);
        Assert.Contains("index reports_replay on reports (date_of_information, submitted_at, id): only in GeoPackage", problems);
    }

    private sealed record Column(string Kind, bool NotNull)
    {
        public override string ToString() => Kind + (NotNull ? " not null" : " null");
    }

    private sealed record Index(string Table, string Columns, bool Unique, bool Gist)
    {
        public override string ToString() => $"on {Table} ({Columns}){(Unique ? " unique" : "")}";
    }

    private sealed class Catalogue
    {
        public SortedDictionary<(string Table, string Column), Column> Columns { get; } = [];

        public SortedDictionary<string, Index> Indexes { get; } = new(StringComparer.Ordinal);

        /// <summary>Tables that are views (PostGIS's hazard_perimeters): a view's columns say nothing of NOT NULL.</summary>
        public HashSet<string> Views { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tables => Columns.Keys.Select(k => k.Table).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Differences(Catalogue gpkg, Catalogue pg)
    {
        foreach (var (key, column) in gpkg.Columns)
        {
            if (Intended(key.Table, key.Column, inGeoPackage: true, pg)) continue;
            if (!pg.Columns.TryGetValue(key, out var other)) yield return $"{key.Table}.{key.Column}: only in GeoPackage";
            else if (column.Kind != other.Kind || (column.NotNull != other.NotNull && !pg.Views.Contains(key.Table)))
                yield return $"{key.Table}.{key.Column}: GeoPackage {column}, PostGIS {other}";
        }
        foreach (var (key, _) in pg.Columns)
        {
            if (Intended(key.Table, key.Column, inGeoPackage: false, gpkg)) continue;
            if (!gpkg.Columns.ContainsKey(key)) yield return $"{key.Table}.{key.Column}: only in PostGIS";
        }
        foreach (var (name, index) in gpkg.Indexes)
        {
            if (!pg.Indexes.TryGetValue(name, out var other)) yield return $"index {name} {index}: only in GeoPackage";
            else if (index != other) yield return $"index {name}: GeoPackage {index}, PostGIS {other}";
        }
        foreach (var (name, index) in pg.Indexes)
        {
            // GiST on a feature table's geometry stands for GeoPackage's R-tree extension: both must be there.
            if (index.Gist && index.Columns == "geom" && gpkg.Tables.Contains($"rtree_{index.Table}_geom")) continue;
            if (!gpkg.Indexes.ContainsKey(name)) yield return $"index {name} {index}: only in PostGIS";
        }
    }

    /// <summary>The differences the two stores are meant to have, each for a reason of its engine.</summary>
    private static bool Intended(string table, string column, bool inGeoPackage, Catalogue other) => inGeoPackage && (
        // GeoPackage's own tables (gpkg_contents, gpkg_geometry_columns…) and its R-tree indexes with their shadow tables.
        table.StartsWith("gpkg_", StringComparison.Ordinal) || table.StartsWith("rtree_", StringComparison.Ordinal)
        // Every GeoPackage table has an INTEGER PRIMARY KEY fid (requirement 29/119); PostGIS tables keyed by a
        // domain id need none. (Where both have fid, the feature tables, it is compared as any column.)
        || (column == "fid" && !other.Columns.ContainsKey((table, column))));

    /// <summary>A GeoPackage brought to <paramref name="version"/> as a migration would, then read from SQLite's catalogue.</summary>
    private Catalogue GeoPackageAt(int version)
    {
        var path = Path.Combine(_dir, $"v{version}.gpkg");
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        c.Open();
        GeoPackage.Encoding.SpatialFunctions.Register(c);
        using (var tx = c.BeginTransaction())
        {
            GeoPackage.Schema.GpkgCore.Create(c, tx);
            tx.Commit();
        }
        GeoPackage.Schema.Migrations.Run(c, path, version);

        var dialect = GeoPackageDialect.Instance;
        var catalogue = new Catalogue();
        var geometryColumns = Rows(c, "SELECT table_name, column_name FROM gpkg_geometry_columns", r => (r.GetString(0), r.GetString(1))).ToHashSet();
        var tables = Rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            foreach (var (name, type, notNull) in Rows(c, $"SELECT name, type, \"notnull\" FROM pragma_table_info('{table}')",
                r => (r.GetString(0), r.GetString(1), r.GetInt64(2) != 0)))
            {
                // A GeoPackage geometry is a blob: the layer's column (typed by its geometry) and the extra ones (BLOB).
                var kind = geometryColumns.Contains((table, name)) || type == "BLOB" ? "geometry" : Kind(dialect, type);
                catalogue.Columns[(table, Sequence(dialect, table, name))] = new Column(kind, notNull);
            }
        }
        foreach (var (name, table) in Rows(c, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
            r => (r.GetString(0), r.GetString(1))))
        {
            var columns = Rows(c, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno", r => Sequence(dialect, table, r.GetString(0)));
            bool unique = Rows(c, $"SELECT \"unique\" FROM pragma_index_list('{table}') WHERE name = '{name}'", r => r.GetInt64(0) != 0).Single();
            catalogue.Indexes[name] = new Index(table, string.Join(", ", columns), unique, Gist: false);
        }
        return catalogue;
    }

    /// <summary>A PostGIS schema brought to <paramref name="version"/> by the store's migrations, then read from information_schema and pg_index.</summary>
    private Catalogue PostGisAt(int version)
    {
        var url = TestServer.NewSchemaUrl("cmp");
        _schemas.Add(url);
        var location = PostGisLocation.Parse(url);
        using (PostGisStore.Open(location, create: true, targetVersion: version)) { }

        var dialect = PostGisDialect.Instance;
        var catalogue = new Catalogue();
        using var c = new NpgsqlConnection(location.ConnectionString);
        c.Open();
        foreach (var (table, name, type, udt, nullable) in Rows(c,
            "SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = $1",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), location.Schema))
        {
            var kind = udt == "geometry" ? "geometry" : Kind(dialect, type);
            catalogue.Columns[(table, Sequence(dialect, table, name))] = new Column(kind, nullable == "NO");
        }
        foreach (var view in Rows(c, "SELECT table_name FROM information_schema.views WHERE table_schema = $1", r => r.GetString(0), location.Schema))
            catalogue.Views.Add(view);
        // Indexes made by CREATE INDEX; those behind PRIMARY KEY and UNIQUE constraints are the keys' (GeoPackage has
        // its keys as fid + UNIQUE, PostGIS as PRIMARY KEY: compared as columns, not as indexes).
        const string indexes = """
            SELECT i.relname, t.relname, ix.indisunique, am.amname,
              (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
              JOIN pg_namespace s ON s.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
            WHERE s.nspname = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid)
            """;
        foreach (var (name, table, unique, method, columns) in Rows(c, indexes,
            r => (r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetString(3), r.GetString(4)), location.Schema))
        {
            var normalised = string.Join(", ", columns.Split(", ").Select(column => Sequence(dialect, table, column)));
            catalogue.Indexes[name] = new Index(table, normalised, unique, Gist: method == "gist");
        }
        return catalogue;
    }

    /// <summary>
    /// A declared type as the kind of column it is, through the dialect's own names for each <see cref="SqlType"/>
    /// (up to its first constraint word: 'text COLLATE "C"' is text, 'INTEGER PRIMARY KEY…' is INTEGER).
    /// </summary>
    private static string Kind(SqlDialect dialect, string declared)
    {
        foreach (var type in Enum.GetValues<SqlType>())
        {
            var name = dialect.TypeName(type);
            foreach (var word in new[] { " COLLATE", " GENERATED", " PRIMARY" })
            {
                int at = name.IndexOf(word, StringComparison.Ordinal);
                if (at > 0) name = name[..at];
            }
            if (string.Equals(name, declared, StringComparison.OrdinalIgnoreCase)) return Folded(type);
        }
        // GeoPackage's BOOLEAN: declared for a column GIS tools should show as a flag (SQLite keeps 0/1 whatever the name).
        if (string.Equals(declared, "BOOLEAN", StringComparison.OrdinalIgnoreCase)) return Folded(SqlType.Flag);
        return "unknown type " + declared;
    }

    // The kinds a reader can tell apart in both catalogues: SQLite cannot tell a key from text (no collation),
    // JSON from text (no json type), a row sequence from an integer, or a 0/1 flag from an integer.
    private static string Folded(SqlType type) => type switch
    {
        SqlType.Key or SqlType.Json => "text",
        SqlType.Sequence or SqlType.Flag => "integer",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>The column that orders report events has a name of each store's (fid, seq): both stand for the one sequence.</summary>
    private static string Sequence(SqlDialect dialect, string table, string column) =>
        table == "report_events" && column == dialect.EventSequence ? "(event sequence)" : column;

    private static List<T> Rows<T>(System.Data.Common.DbConnection c, string sql, Func<System.Data.Common.DbDataReader, T> map, params object[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args)
        {
            var p = cmd.CreateParameter();
            p.Value = a;
            if (cmd is SqliteCommand) p.ParameterName = "$" + (cmd.Parameters.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            cmd.Parameters.Add(p);
        }
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(map(r));
        return list;
    }
}
