namespace Safeground.Core.Access;

/// <summary>A web session (cookie) or an API token (Authorization: Bearer).</summary>
public enum TokenKind
{
    Session,
    Api,
}
