namespace Safeground.Products;

/// <summary>
/// Which accident report to print; <paramref name="PersonalData"/> only when an admin released victims' personal data
/// (the CLI's <c>--include-personal-data --admin</c>, checked and audited before this is set).
/// </summary>
public sealed record AccidentRequest(string ReportId, bool PersonalData);
