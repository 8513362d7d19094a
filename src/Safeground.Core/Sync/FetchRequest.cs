namespace Safeground.Core.Sync;

/// <summary>The body of <c>POST /api/v1/sync/fetch</c>: the ids of one batch.</summary>
public sealed record FetchRequest(IReadOnlyList<string> Ids);
