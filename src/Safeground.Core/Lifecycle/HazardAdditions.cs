namespace Safeground.Core.Lifecycle;

/// <summary>New reports for one hazard the store already holds (<see cref="BulkLoader.LoadInto"/>).</summary>
public sealed record HazardAdditions(string HazardId, IReadOnlyList<ImportedReport> Reports);
