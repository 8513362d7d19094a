using Safeground.Core.Projections;

namespace Safeground.Storage.Memory;

/// <summary>
/// Copies of the geometries a projection holds. NTS geometries can be changed in place (Normalize, Apply): a caller
/// must never reach the stored ones, as it cannot with a store that reads them from rows.
/// </summary>
internal static class Detached
{
    public static HazardState Of(HazardState h) => h with
    {
        Original = h.Original.Copy(),
        Remaining = h.Remaining.Copy(),
        Defined = h.Defined?.Copy(),
        Releases = [.. h.Releases.Select(Of)],
        Evidence = [.. h.Evidence],
        SuspectedCategories = [.. h.SuspectedCategories],
        Flags = h.Flags is null ? null : [.. h.Flags],
    };

    public static ReleaseEvent Of(ReleaseEvent r) => r with { Area = r.Area.Copy() };

    public static FindRecord Of(FindRecord f) => f with { Find = f.Find with { Position = (NetTopologySuite.Geometries.Point)f.Find.Position.Copy() } };
}
