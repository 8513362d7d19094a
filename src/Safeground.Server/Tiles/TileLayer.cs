using Safeground.Core;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>A layer served as vector tiles: its name in URLs and in the tile, the store layer it draws, and its fields.</summary>
public sealed record TileLayer(string Name, FeatureLayer Layer, string Description)
{
    /// <summary>Below this zoom finds are counted per grid cell; from it on each find is a point of its own.</summary>
    public const int FindsIndividualFromZoom = 12;

    public static readonly IReadOnlyList<TileLayer> All =
    [
        new("hazards", FeatureLayer.Hazards, "Hazardous areas still hazardous, by class (SHA, CHA) and status; those too small to draw at the zoom as counts per cell (count, cha, remaining_m2)"),
        new("released", FeatureLayer.Released, "Land released, by method (cancelled, reduced, cleared)"),
        new("finds", FeatureLayer.Finds, $"Explosive ordnance finds: counted per cell (count and per category) below zoom {FindsIndividualFromZoom}, one point each from it"),
        new("accidents", FeatureLayer.Accidents, "Accidents with casualty counts only"),
    ];

    public static TileLayer Find(string name) => All.FirstOrDefault(l => l.Name == name)
        ?? throw new SafegroundException(ErrorKind.NotFound,
            $"No tile layer '{name}'; the layers are {string.Join(", ", All.Select(l => l.Name))}.");

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
