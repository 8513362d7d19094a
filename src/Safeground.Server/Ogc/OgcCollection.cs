using Safeground.Core.Storage;

namespace Safeground.Server.Ogc;

/// <summary>A feature layer as an OGC API collection: the id clients ask for, and what a GIS user reads in the layer list.</summary>
internal sealed record OgcCollection(string Id, string Title, string Description, FeatureLayer Layer)
{
    public static readonly IReadOnlyList<OgcCollection> All =
    [
        new("hazards", "Hazardous areas",
            "Confirmed and suspected hazardous areas: the polygon still hazardous, class, status and the land released (m², ha)", FeatureLayer.Hazards),
        new("released", "Released land",
            "Land released per report and hazard: method (cancelled, reduced, cleared), date, area actually released (m²)", FeatureLayer.Released),
        new("finds", "Explosive ordnance finds",
            "Explosive ordnance found, per approved report: category, model, quantity, condition, depth, disposal, date", FeatureLayer.Finds),
        new("accidents", "Accidents",
            "Mine/EO accidents with the number killed and injured (no personal data about victims)", FeatureLayer.Accidents),
    ];

    public static OgcCollection? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
