namespace Safeground.Products;

/// <summary>What a monthly operations report covers: one calendar month, for the whole programme or a region and/or an organisation.</summary>
public sealed record MonthlyRequest(int Year, int Month, string? Region = null, string? Organisation = null);
