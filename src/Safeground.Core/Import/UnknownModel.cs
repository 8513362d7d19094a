namespace Safeground.Core.Import;

/// <summary>A model an import's finds named that the ordnance catalogue does not hold: how many finds, and the close names.</summary>
public sealed class UnknownModel(string model, IReadOnlyList<string> suggestions)
{
    public string Model { get; } = model;
    public IReadOnlyList<string> Suggestions { get; } = suggestions;
    public long Finds { get; set; }
}
