using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Safeground.Server;

/// <summary>
/// The web app (built from web/ with npm, see web/build.mjs) served as static files under /app/. Its files
/// hold no data: it signs in and reads everything through the API and the tiles, under the same access
/// control, so the files themselves are open.
/// </summary>
public static class WebApp
{
    public const string Path = "/app";

    /// <summary>Scripts, styles, workers and data only from this server; map images may be data/blob URLs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The app's files are compressed (gzip, fastest): the basemap and gazetteer are megabytes of JSON that shrink
    /// five-fold, which matters on a field office's link. API answers and tiles are not: they would pay the CPU on
    /// every request, and none of this is secret (no BREACH concern for public files).
    /// </summary>
    internal static void AddCompression(IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "text/javascript", "text/css", "text/html", "image/svg+xml"];
        });
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
    }

    internal static void Serve(WebApplication app, string? root)
    {
        if (root is null || !File.Exists(System.IO.Path.Combine(root, "index.html"))) return;
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.UseResponseCompression());
        var files = new PhysicalFileProvider(System.IO.Path.GetFullPath(root));
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        // Not an endpoint: routing ignores the trailing slash, and static files are not served where an endpoint matched.
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value == Path)
            {
                context.Response.Redirect(Path + "/");
                return Task.CompletedTask;
            }
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            ContentTypeProvider = types,
            // The app changes with every release: always revalidate (ETag), never serve a stale script.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
