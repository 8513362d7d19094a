namespace Safeground.Core.Import;

/// <summary>
/// One feature (or CSV row) read from an input file, before any domain rule has looked at it.
/// Readers never throw on a bad feature: they set <see cref="ReadError"/> and go on, so the importer
/// can name the feature and the reason.
/// </summary>
/// <param name="Index">0-based position of the feature in its collection (or data row in a CSV).</param>
/// <param name="Where">How a person finds it: "feature 12", "line 14", "layer finds, fid 7".</param>
/// <param name="Geometry">Null when the feature has no geometry (or it could not be read).</param>
/// <param name="Properties">Attribute values as text (numbers in invariant culture); null for JSON null.</param>
/// <param name="ReadError">Why the feature could not be read, if it could not.</param>
public sealed record SourceFeature(
    long Index,
    string Where,
    NetTopologySuite.Geometries.Geometry? Geometry,
    IReadOnlyDictionary<string, string?> Properties,
    string? ReadError = null);
