namespace Safeground.Core.Sync;

/// <summary>
/// What a kit asks for. With a <see cref="Region"/>: the reports whose hazards lie in it (by the hazard's region on
/// the national side, or a pending survey's perimeter meeting the region's boundary), every report of the
/// <see cref="Hazards"/> the kit already holds, and the kit's own <see cref="Reports"/> (so that a report without a
/// hazard is known to be there). Without: everything.
/// </summary>
public sealed record SyncArea(string? Region, IReadOnlyCollection<string> Hazards, IReadOnlyCollection<string> Reports)
{
    public static SyncArea Everything { get; } = new(null, [], []);
}
