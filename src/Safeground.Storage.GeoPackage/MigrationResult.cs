namespace Safeground.Storage.GeoPackage;

/// <summary>What <c>safeground migrate</c> did: the schema version before and after, and the backup taken first (if any).</summary>
public sealed record MigrationResult(string Path, int From, int To, string? Backup)
{
    public bool Migrated => To != From;
}
