namespace Safeground.Core.Storage;

/// <summary>
/// A feature as a map tile draws it: its geometry (lon/lat) and the few attributes a map styles or
/// labels it by (text or number; nulls left out). Nothing personal: no victim data, no names of people.
/// </summary>
/// <param name="Geometry">The geometry in lon/lat (EPSG:4326).</param>
/// <param name="Attributes">Name and value (string, long or double) pairs, in a fixed order per layer (see <see cref="MapAttributes"/>).</param>
public sealed record MapFeature(NetTopologySuite.Geometries.Geometry Geometry, IReadOnlyList<KeyValuePair<string, object>> Attributes);
