using Safeground.Core.Storage;

namespace Safeground.Server;

/// <summary>
/// What a Safeground server needs from its host: how to open the store (a new instance per
/// request: a store is not thread-safe), where to listen, and the clock.
/// </summary>
/// <param name="OpenStore">Opens the store for one request, disposed at its end: hosts pass a pooled opener (GeoPackageStore.OpenPooled), since a request is often cheaper than opening a file.</param>
/// <param name="StoreName">The store as users know it (file or server), for the landing page and logs.</param>
/// <param name="Host">Address to bind: 127.0.0.1 unless the operator says otherwise.</param>
/// <param name="Port">TCP port; 0 picks a free one (tests).</param>
/// <param name="Clock">The clock (tests fix it).</param>
/// <param name="AllowAnonymous">When true a caller without credentials reads approved data as a viewer; when false
/// (the default) every endpoint but the landing pages, the API reference and login answers 401 without credentials.</param>
/// <param name="WebRoot">The built web app (web/dist, copied beside the program as <c>web/</c>), served under /app/; null or missing: no web app.</param>
/// <param name="SignInsPerMinute">Sign-in attempts allowed per client address and minute; more are 429. Each attempt
/// costs a slow password hash (600,000 PBKDF2 rounds), so unlimited attempts would let anyone guess passwords
/// and tie up the processor.</param>
public sealed record ServerOptions(
    Func<ISafegroundStore> OpenStore,
    string StoreName,
    string Host = "127.0.0.1",
    int Port = 8080,
    TimeProvider? Clock = null,
    bool AllowAnonymous = false,
    int SignInsPerMinute = 10,
    string? WebRoot = null);
