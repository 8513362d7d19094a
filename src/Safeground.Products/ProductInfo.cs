namespace Safeground.Products;

/// <summary>
/// What a product is and where it comes from, printed on every page: the title, the scope it covers ("Whole programme ·
/// March 2026"), when it was made and from which store, so a page that lost its siblings still says what it is.
/// </summary>
public sealed record ProductInfo(string Title, string Scope, DateTimeOffset MadeAt, string Source);
