namespace Safeground.Contracts;

/// <summary>The competing corrections a data manager may settle (<c>GET /api/v1/reports/conflicts</c>).</summary>
public sealed record ConflictListView(IReadOnlyList<ConflictView> Conflicts);
