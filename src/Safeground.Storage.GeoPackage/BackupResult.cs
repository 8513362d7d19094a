namespace Safeground.Storage.GeoPackage;

/// <summary>
/// A backup or restore done: the file written, its size and the store's schema version, and the temporary files of
/// killed backups and restores it removed from the folder first.
/// </summary>
public sealed record BackupResult(string Path, long Bytes, int SchemaVersion, IReadOnlyList<string>? Removed = null);
