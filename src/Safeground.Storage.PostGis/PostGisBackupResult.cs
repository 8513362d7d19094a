namespace Safeground.Storage.PostGis;

/// <summary>A PostGIS backup or restore done: the backup file, its size, the schema and its Safeground schema version.</summary>
public sealed record PostGisBackupResult(string Path, long Bytes, string Schema, int SchemaVersion);
