using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Server.Ogc;

/// <summary>
/// A feature layer as an OGC API collection: the id clients ask for, and what a GIS user reads in the layer list
/// (title and description, by text id, rendered per request so each reader gets their language).
/// </summary>
internal sealed record OgcCollection(string Id, string TitleId, string DescriptionId, FeatureLayer Layer)
{
    public static readonly IReadOnlyList<OgcCollection> All =
    [
        new("hazards", "ogc.collection.hazards", "ogc.collection.hazards.description", FeatureLayer.Hazards),
        new("released", "ogc.collection.released", "ogc.collection.released.description", FeatureLayer.Released),
        new("finds", "ogc.collection.finds", "ogc.collection.finds.description", FeatureLayer.Finds),
        new("accidents", "ogc.collection.accidents", "ogc.collection.accidents.description", FeatureLayer.Accidents),
        new("risk-education", "ogc.collection.risk-education", "ogc.collection.risk-education.description", FeatureLayer.RiskEducation),
        new("incidents", "ogc.collection.incidents", "ogc.collection.incidents.description", FeatureLayer.Incidents),
    ];

    public static OgcCollection? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public string Title() => Texts.Render(TitleId);

    public string Description() => Texts.Render(DescriptionId);
}
