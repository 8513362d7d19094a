namespace Safeground.Storage.GeoPackage;

/// <summary>A backup or restore done: the file written, its size and the store's schema version.</summary>
public sealed record BackupResult(string Path, long Bytes, int SchemaVersion);
