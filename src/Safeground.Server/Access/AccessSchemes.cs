using Safeground.Core.Text;

namespace Safeground.Server.Access;

/// <summary>
/// The authentication schemes of the server and what a refused caller reads. <see cref="Caller"/> is the default:
/// a policy scheme that sends a request with an <c>Authorization</c> header to <see cref="ApiToken"/>, one with the
/// session cookie to <see cref="Session"/>, and the rest to <see cref="Anonymous"/> (a viewer of approved data where
/// the server allows it, nobody otherwise).
/// </summary>
public static class AccessSchemes
{
    public const string Caller = "safeground";
    public const string Session = "session";
    public const string ApiToken = "api-token";
    public const string Anonymous = "anonymous";

    /// <summary>The session cookie: a secret whose hash is a <see cref="Core.Access.TokenKind.Session"/> token in the store, revocable there.</summary>
    public const string CookieName = "sg_session";

    public static string SignInMessage => Texts.Render("api.access.sign-in-first");

    /// <summary>One message for expired, revoked, unknown and malformed credentials and disabled users: which it was is not said.</summary>
    public static string BadCredentials => Texts.Render("api.access.bad-credentials");
}
