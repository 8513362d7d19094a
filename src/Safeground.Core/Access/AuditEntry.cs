namespace Safeground.Core.Access;

/// <summary>
/// One line of the audit log: who did what, when, from where, and how it ended. Appended for every write
/// (refused ones too); never changed.
/// </summary>
/// <param name="Time">When the request was answered.</param>
/// <param name="Username">Who (the username tried, for a login; "anonymous" without credentials).</param>
/// <param name="RemoteAddress">From where (the client's IP address).</param>
/// <param name="Method">HTTP method (or "CLI").</param>
/// <param name="Path">Request path.</param>
/// <param name="Action">What was attempted (the route, e.g. "POST /api/v1/reports/{id}/approve").</param>
/// <param name="TargetId">The report, user or other object acted on, when there is one.</param>
/// <param name="Status">The outcome: the HTTP status code answered.</param>
public sealed record AuditEntry(DateTimeOffset Time, string Username, string RemoteAddress, string Method, string Path, string Action, string? TargetId, int Status);
