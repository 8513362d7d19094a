using Safeground.Core.Access;

namespace Safeground.Contracts;

/// <summary>
/// A session or API token as its owner sees it, never its secret or hash: <c>GET /api/v1/tokens</c> and
/// <c>safeground user tokens --json</c>.
/// </summary>
/// <param name="Origin">Which credential asked for it ("web session T-…", "API token T-…", "API", "command line").</param>
public sealed record TokenView(string Id, string Kind, string Name, string? Origin, DateTimeOffset Created, DateTimeOffset Expires, DateTimeOffset? LastUsed, bool Revoked, bool Active)
{
    public static TokenView From(AccessToken t, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TokenView(t.Id, t.Kind == TokenKind.Api ? "api" : "session", t.Name, t.Origin, t.Created, t.Expires, t.LastUsed, t.Revoked, t.IsValidAt(now));
    }
}
