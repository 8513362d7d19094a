using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeground.Core.Storage;

namespace Safeground.Server.Public;

/// <summary>
/// The public transparency site at /public: the same files <c>safeground publish site</c> writes, made from the store
/// on request (cached per revision and language), open to anyone. Only these routes are open: the site holds nothing a
/// viewer must not see (<see cref="Core.Publication.PublicFigures"/>), everything else keeps its policy.
/// </summary>
public static class PublicSiteEndpoints
{
    public const string Path = "/public";

    /// <summary>The page loads its style sheet and nothing else; no script runs.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    internal static void AddTo(IServiceCollection services) =>
        services.AddSingleton(s => new PublicSiteCache(s.GetRequiredService<TimeProvider>()));

    internal static void Map(WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path, StringComparison.Ordinal), branch => branch.UseResponseCompression());
        app.MapGet(Path + "/{**file}", (HttpContext context, string? file, ISafegroundStore store, PublicSiteCache cache) =>
        {
            // Relative links (style.css, data/...) need the trailing slash, as on a static host.
            if (string.IsNullOrEmpty(file) && !context.Request.Path.Value!.EndsWith('/')) return Results.Redirect(Path + "/");
            var site = cache.Get(store);
            var name = string.IsNullOrEmpty(file) ? "index.html" : file;
            context.Response.Headers.Vary = "Accept-Language";
            return site.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, TypeOf(name)) : Results.NotFound();
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static string TypeOf(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".geojson" => "application/geo+json",
        _ => "application/json",
    };
}
