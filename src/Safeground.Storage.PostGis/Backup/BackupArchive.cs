using System.Globalization;
using System.Text;
using Safeground.Core;
using Safeground.Storage.PostGis.Schema;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis.Backup;

/// <summary>
/// What a PostGIS backup file holds, read with pg_restore without touching any database: the schema it was taken
/// of, its table of contents, and the Safeground schema version recorded in its sg_meta.
/// </summary>
internal sealed class BackupArchive
{
    private static readonly byte[] DumpMagic = "PGDMP"u8.ToArray();
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    private BackupArchive(string path, string schema, IReadOnlyList<TocEntry> entries, int version)
    {
        Path = path;
        Schema = schema;
        Entries = entries;
        Version = version;
    }

    public string Path { get; }

    /// <summary>The schema the backup was taken of (pg_dump -n): a restore recreates that schema.</summary>
    public string Schema { get; }

    public IReadOnlyList<TocEntry> Entries { get; }

    public int Version { get; }

    /// <summary>Whether <paramref name="path"/> starts as pg_dump's custom format does.</summary>
    public static bool IsDump(string path) => StartsWith(path, DumpMagic);

    /// <summary>Whether <paramref name="path"/> is an SQLite file (a GeoPackage backup).</summary>
    public static bool IsSqlite(string path) => StartsWith(path, SqliteMagic);

    /// <summary>
    /// Reads the backup's table of contents and its sg_meta; with <paramref name="readAll"/>, every data block too
    /// (a file cut short or corrupted fails here, not during a restore).
    /// </summary>
    public static BackupArchive Read(PgClient client, string path, string what, bool readAll)
    {
        if (IsSqlite(path))
            throw SafegroundException.Invalid(Texts.Render("store.backup.is-geopackage", ("path", path), ("what", what)));
        if (!IsDump(path))
            throw SafegroundException.Invalid(Texts.Render("store.backup.not-postgis", ("path", path), ("what", what)));
        try
        {
            return ReadDump(client, path, what, readAll);
        }
        catch (SafegroundException e) when (e.Kind == ErrorKind.Storage && e.InnerException is null) // a program that ran and failed
        {
            // pg_restore's own reason (a file cut short, a damaged block), said of the file rather than the store.
            throw SafegroundException.Invalid(Texts.Render("store.backup.unreadable-postgis", ("path", path), ("what", what), ("reason", e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..])));
        }
    }

    private static BackupArchive ReadDump(PgClient client, string path, string what, bool readAll)
    {
        var entries = TocEntry.Parse(client.Run("pg_restore", "--list", path));
        var schemas = entries.Where(e => e.Type == "TABLE" && e.Name == "sg_meta").Select(e => e.Schema).Distinct().ToList();
        if (schemas.Count != 1)
            throw SafegroundException.Invalid(Texts.Render("store.backup.no-store", ("path", path), ("what", what)));
        string schema = schemas[0];
        int version = VersionOf(client, path, schema, what);
        if (version > Migrations.Current)
            throw SafegroundException.Invalid(Texts.Render("store.backup.newer", ("path", path), ("what", what), ("version", version), ("known", Migrations.Current)));
        if (readAll) ReadAll(client, path);
        return new BackupArchive(path, schema, entries, version);
    }

    private static int VersionOf(PgClient client, string path, string schema, string what)
    {
        // The data of sg_meta as pg_restore would load it: "COPY … FROM stdin;", one tab-separated line per row.
        var script = client.Run("pg_restore", "--data-only", "--schema=" + schema, "--table=sg_meta", "--file=-", path);
        foreach (var line in script.Split('\n'))
        {
            var cols = line.Split('\t');
            if (cols.Length == 2 && cols[0] == "schema_version" && int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
                return v;
        }
        throw SafegroundException.Invalid(Texts.Render("store.backup.no-version", ("path", path), ("what", what)));
    }

    private static void ReadAll(PgClient client, string path)
    {
        using var p = client.Start("pg_restore", ["--file=-", path]);
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.BaseStream.CopyTo(Stream.Null);
        p.WaitForExit();
        client.ThrowIfFailed(p, Texts.Render("store.program.pg-restore-whole"), stderr.Result);
    }

    private static bool StartsWith(string path, byte[] magic)
    {
        using var f = File.OpenRead(path);
        var head = new byte[magic.Length];
        return f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.AsSpan().SequenceEqual(magic);
    }

    /// <summary>The list of entries without those a restore into <paramref name="intoPublic"/> must leave out.</summary>
    public string RestoreList(bool intoPublic)
    {
        var tables = Entries.Where(e => e.Type == "TABLE").Select(e => (e.Schema, e.Name)).ToHashSet();
        var list = new StringBuilder();
        foreach (var e in Entries)
        {
            // Data of a table the backup does not define is an extension's configuration table (PostGIS's
            // spatial_ref_sys, when the store is in public): it belongs to the extension already installed.
            if (e.Type == "TABLE DATA" && !tables.Contains((e.Schema, e.Name))) continue;
            // public exists in every database and is not Safeground's to create or comment on.
            if (intoPublic && (e.Type == "SCHEMA" || e.Type == "COMMENT" && e.Tag.StartsWith("SCHEMA ", StringComparison.Ordinal))) continue;
            list.Append(e.Line).Append('\n');
        }
        return list.ToString();
    }
}
