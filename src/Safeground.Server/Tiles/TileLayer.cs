using Safeground.Core;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Server.Tiles;

/// <summary>
/// A layer served as vector tiles: its name in URLs and in the tile, the store layer it draws, its fields, and the
/// text id of its description (rendered per request, in the reader's language).
/// </summary>
public sealed record TileLayer(string Name, FeatureLayer Layer, string DescriptionId)
{
    /// <summary>Below this zoom finds are counted per grid cell; from it on each find is a point of its own.</summary>
    public const int FindsIndividualFromZoom = 12;

    public static readonly IReadOnlyList<TileLayer> All =
    [
        new("hazards", FeatureLayer.Hazards, "tiles.layer.hazards"),
        new("released", FeatureLayer.Released, "tiles.layer.released"),
        new("finds", FeatureLayer.Finds, "tiles.layer.finds"),
        new("accidents", FeatureLayer.Accidents, "tiles.layer.accidents"),
        new("risk-education", FeatureLayer.RiskEducation, "tiles.layer.risk-education"),
        new("incidents", FeatureLayer.Incidents, "tiles.layer.incidents"),
    ];

    /// <summary>What the layer holds, as TileJSON's vector_layers describe it to a map's user.</summary>
    public string Description() => Texts.Render(DescriptionId, ("zoom", FindsIndividualFromZoom));

    public static TileLayer Find(string name) => All.FirstOrDefault(l => l.Name == name)
        ?? throw new SafegroundException(ErrorKind.NotFound,
            Texts.Render("tiles.no-layer", ("layer", name), ("layers", string.Join(", ", All.Select(l => l.Name)))));

    /// <summary>The attribute names of a cell of finds (below <see cref="FindsIndividualFromZoom"/>): count and one count per category.</summary>
    public static readonly IReadOnlyList<string> CategoryFields =
        Enum.GetValues<EoCategory>().Select(c => MapAttributes.Word(c).Replace('-', '_')).ToList();

    /// <summary>Field name and type ("String" or "Number") for TileJSON's vector_layers.</summary>
    public IReadOnlyDictionary<string, string> Fields()
    {
        var fields = MapAttributes.Fields(Layer).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (Layer == FeatureLayer.Finds)
        {
            fields["count"] = "Number";
            foreach (var c in CategoryFields) fields[c] = "Number";
        }
        if (Layer == FeatureLayer.Hazards)
        {
            fields["count"] = "Number";
            fields["cha"] = "Number";
        }
        return fields;
    }
}
