namespace Safeground.Server.Access;

/// <summary>The answer of <c>GET /api/v1/session/antiforgery</c>: the request token, and the header to send it in.</summary>
public sealed record AntiforgeryAnswer(string Token, string Header);
