using NetTopologySuite.Geometries;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;

namespace Safeground.Core.Storage;

/// <summary>Which finds, and which page of them, ordered by report id then index. Dates are inclusive.</summary>
public sealed record FindQuery(
    Envelope? Bbox = null,
    EoCategory? Category = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = 100,
    int Offset = 0)
{
    /// <summary>Whether a find passes the filters (for stores without an indexed query).</summary>
    public bool Matches(FindRecord find)
    {
        ArgumentNullException.ThrowIfNull(find);
        return (Bbox is null || Bbox.Contains(find.Find.Position.Coordinate))
            && (Category is null || find.Find.Category == Category)
            && (From is null || find.Date >= From)
            && (To is null || find.Date <= To);
    }
}
