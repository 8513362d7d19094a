namespace Safeground.Storage.PostGis;

/// <summary>
/// A PostGIS backup or restore done: the backup file, its size, the schema and its Safeground schema version, and the
/// temporary files of killed backups a backup removed from the folder first.
/// </summary>
public sealed record PostGisBackupResult(string Path, long Bytes, string Schema, int SchemaVersion, IReadOnlyList<string>? Removed = null);
