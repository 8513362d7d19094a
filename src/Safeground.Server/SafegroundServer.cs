using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeground.Core.Storage;
using Safeground.Server.Access;
using Safeground.Core.Text;

namespace Safeground.Server;

/// <summary>
/// The Safeground server: REST API under /api/v1, OGC API – Features under /ogc. Built here and hosted
/// by <c>safeground serve</c> (and by the tests, on a free port).
/// </summary>
public static class SafegroundServer
{
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Parse(options.Host), options.Port);
            k.Limits.MaxRequestBodySize = 32 * 1024 * 1024; // a report with its finds; imports go through the CLI
        });
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, HostedLifetime>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Clock ?? TimeProvider.System);
        // A store is not thread-safe: one per request, disposed with it.
        builder.Services.AddScoped<ISafegroundStore>(_ => options.OpenStore());
        // Each role of it too, the same instance, so a handler asks only for what it reads (IMapLayerStore, ...).
        builder.Services.AddScoped<IReportStore>(s => s.GetRequiredService<ISafegroundStore>());
        builder.Services.AddScoped<IProjectionStore>(s => s.GetRequiredService<ISafegroundStore>());
        builder.Services.AddScoped<IMapLayerStore>(s => s.GetRequiredService<ISafegroundStore>());
        builder.Services.AddScoped<IAccessStore>(s => s.GetRequiredService<ISafegroundStore>());
        builder.Services.AddScoped<IReferenceStore>(s => s.GetRequiredService<ISafegroundStore>());
        builder.Services.AddProblemDetails();
        WebApp.AddCompression(builder.Services);
        builder.Services.AddExceptionHandler<ErrorResponses>();
        builder.Services.AddOpenApi("v1", Api.ApiDocument.Configure);
        // The OpenAPI document describes answers by these options: the contracts' enum words and GeoJSON geometries.
        builder.Services.ConfigureHttpJsonOptions(json => Api.ApiDocument.ConfigureJson(json.SerializerOptions));
        AccessServices.Add(builder.Services);
        Public.PublicSiteEndpoints.AddTo(builder.Services);
        builder.Services.AddRateLimiter(limits =>
        {
            limits.AddPolicy(Access.SessionEndpoints.SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limits.OnRejected = async (rejected, cancel) =>
            {
                var http = rejected.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "60";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = Texts.Render("api.title.too-many-requests"),
                        Detail = Texts.Render("api.session.too-many", ("count", options.SignInsPerMinute)),
                    },
                });
            };
        });

        var app = builder.Build();
        // First, so everything after it, the error handler included, speaks the caller's language. Only the UI culture
        // follows Accept-Language: data (JSON, GeoJSON, CSV, tiles) is written in the invariant culture whoever asks.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(Languages.Supported[0])),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [.. Languages.Supported.Append(Languages.Pseudo).Select(l => Languages.Find(l)!)],
            FallBackToParentUICultures = true, // uk-UA reads uk, pt-AO reads pt
            // Accept-Language read the way LANG and --lang are (Languages.Find), so "qps" is the pseudo-language here too.
            RequestCultureProviders = [new CustomRequestCultureProvider(context => Task.FromResult(
                context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1)
                    .Select(l => Languages.Find(l.Value.Value)).FirstOrDefault(c => c is not null) is { } ui
                    ? new ProviderCultureResult(CultureInfo.InvariantCulture.Name, ui.Name) : null))],
        });
        app.Use((context, next) =>
        {
            // Said once the answer starts, so an error answer (whose headers the error handler clears) says it too.
            var language = CultureInfo.CurrentUICulture.Name;
            context.Response.OnStarting(() => { context.Response.Headers.ContentLanguage = language; return Task.CompletedTask; });
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // No sniffing, no framing, no referrer leaks: the data is sensitive (IMAS 05.10).
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            // The API serves data, never pages: nothing in a response may run or load. The reference page is the exception.
            if (context.Request.Path.StartsWithSegments(WebApp.Path, StringComparison.Ordinal))
                h.ContentSecurityPolicy = WebApp.ContentSecurityPolicy;
            else if (context.Request.Path.StartsWithSegments(Public.PublicSiteEndpoints.Path, StringComparison.Ordinal))
                h.ContentSecurityPolicy = Public.PublicSiteEndpoints.ContentSecurityPolicy;
            else if (!context.Request.Path.StartsWithSegments("/api/v1/reference", StringComparison.Ordinal))
                h.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            h.CacheControl = "no-store";
            await next(context);
        });
        WebApp.Serve(app, options.WebRoot);
        AccessServices.Use(app);
        app.UseRateLimiter(); // after the audit log, so a refused sign-in is in it too
        Api.ApiEndpoints.Map(app.MapGroup("/api/v1"));
        Access.SessionEndpoints.Map(app.MapGroup("/api/v1"));
        Access.TokenEndpoints.Map(app.MapGroup("/api/v1"));
        Api.ApiDocument.Map(app);
        Ogc.OgcEndpoints.Map(app.MapGroup("/ogc").RequireAuthorization(AccessPolicies.Caller));
        Tiles.TileEndpoints.Map(app.MapGroup("/tiles").RequireAuthorization(AccessPolicies.Caller));
        app.MapGet("/", (HttpContext c) => Results.Json(new
        {
            title = "Safeground",
            store = StoreRedaction.PublicName(options.StoreName),
            links = new[]
            {
                new { rel = "service-desc", href = "/api/v1", title = Texts.Render("api.root.rest") },
                new { rel = "data", href = "/ogc", title = Texts.Render("api.root.ogc") },
                new { rel = "tiles", href = "/tiles/tiles.json", title = Texts.Render("api.root.tiles") },
            },
        })).AllowAnonymous();
        // Last, so the API document lists its paths in the order it always had.
        Public.PublicSiteEndpoints.Map(app);
        return app;
    }

    /// <summary>The address the server listens on once started (the real port when 0 was asked for).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
