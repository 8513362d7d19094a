namespace Safeground.Storage.PostGis;

/// <summary>What <c>safeground migrate</c> did to a PostGIS store: the schema version before and after, and the backup taken first (if any).</summary>
public sealed record PostGisMigrationResult(string Location, int From, int To, string? Backup)
{
    public bool Migrated => To != From;
}
