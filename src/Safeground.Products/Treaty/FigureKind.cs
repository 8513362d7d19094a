namespace Safeground.Products.Treaty;

/// <summary>What a figure in a treaty table counts, which decides how it is written: whole areas or items, m² to the unit, km² to three places.</summary>
public enum FigureKind
{
    Count,
    M2,
    Km2,
}
