using Safeground.Core.Projections;

namespace Safeground.Core.Storage;

/// <summary>
/// The projections as map layers: pages of features through the spatial index, extents, the slim features a
/// vector tile draws and a revision that caches key on. What OGC API Features, tiles and exports read.
/// </summary>
/// <remarks>
/// A map asks for a box at every pan and zoom of every user: each member reads only the index and the columns
/// it needs (a low-zoom tile of a national store meets a million finds). None has a fallback that pages through
/// a whole layer; a store answers each one itself.
/// </remarks>
public interface IMapLayerStore
{
    /// <summary>
    /// One page of a feature layer, through the spatial index, in a stable order (the same query gives the
    /// same page while nothing is written), with the number of features matching in all.
    /// </summary>
    LayerPage<HazardState> HazardPage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<ReleaseEvent> ReleasePage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<FindRecord> FindPage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<AccidentRecord> AccidentPage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<RiskEducation.RiskEducationRecord> RiskEducationPage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<Casualties.IncidentRecord> IncidentPage(LayerQuery query);

    /// <summary>The bounding box and date span of a feature layer, cheaply (the R-tree's root, not a scan).</summary>
    LayerExtent Extent(FeatureLayer layer);

    /// <summary>
    /// The features of one layer whose bounding box meets <paramref name="area"/> (lon/lat), with only the
    /// attributes a map tile shows (<see cref="MapAttributes"/>: the same as <see cref="MapAttributes.Of(HazardState)"/>
    /// and its siblings give for the layer's page), streamed through the spatial index.
    /// </summary>
    IEnumerable<MapFeature> MapFeatures(FeatureLayer layer, NetTopologySuite.Geometries.Envelope area);

    /// <summary>
    /// The position and category of every find whose position may lie in <paramref name="area"/> (lon/lat;
    /// the caller filters exactly), streamed: a national store counts a million finds per low-zoom tile.
    /// </summary>
    IEnumerable<FindPoint> FindPoints(NetTopologySuite.Geometries.Envelope area);

    /// <summary>
    /// A token that changes whenever a committed write may change what the layers show (a report approved,
    /// projections rebuilt), in this process or another: caches of maps and roll-ups key on it. It must be cheap.
    /// </summary>
    string Revision();
}
