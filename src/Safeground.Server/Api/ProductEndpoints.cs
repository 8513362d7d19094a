using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Status;
using Safeground.Core.Storage;
using Safeground.Core.Text;
using Safeground.Core.Treaty;
using Safeground.Products;
using Safeground.Products.Treaty;
using Safeground.Server.Access;

namespace Safeground.Server.Api;

/// <summary>
/// /products: the documents of <c>safeground publish</c> (monthly report, treaty tables, completion certificate,
/// accident report), made on request from the store in the caller's language. The product is written whole into
/// memory first, so a failure answers with a problem, never with half a PDF.
/// </summary>
internal static class ProductEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/products").WithTags("Products").RequireAuthorization(AccessPolicies.Caller);
        g.MapGet("/monthly.pdf", Monthly).WithSummary("The monthly operations report (safeground publish monthly): month yyyy-mm, optionally one region or organisation")
            .Produces(StatusCodes.Status200OK, typeof(Stream), Pdf).Problems(StatusCodes.Status400BadRequest);
        g.MapGet("/treaty.{format}", Treaty).WithSummary("The treaty tables for a year (safeground publish treaty): format xlsx or pdf, optionally one region or organisation")
            .Produces(StatusCodes.Status200OK, typeof(Stream), Xlsx, Pdf).Problems(StatusCodes.Status400BadRequest);
        g.MapGet("/certificate.pdf", Certificate).WithSummary("The completion and handover certificate of a released hazardous area (safeground publish certificate)")
            .Produces(StatusCodes.Status200OK, typeof(Stream), Pdf).Problems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        g.MapGet("/accident.pdf", Accident).WithSummary("The IMAS 10.60 accident report (safeground publish accident); victims' personal data only for callers allowed to see it")
            .Produces(StatusCodes.Status200OK, typeof(Stream), Pdf).Problems(StatusCodes.Status404NotFound);
    }

    private const string Pdf = "application/pdf";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static IResult Monthly(ISafegroundStore store, string? month, string? region, string? organisation)
    {
        if (Blank(month) is not { } text || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            throw QueryValues.Bad(Texts.Render("api.products.month", ("month", month)));
        var request = new MonthlyRequest(first.Year, first.Month, Blank(region), Blank(organisation));
        KnownRegion.Check(store, request.Region, ProductSource.Of(store));
        return File(s => MonthlyReport.Write(store, request, s), Pdf, $"safeground-monthly-{text}.pdf");
    }

    private static IResult Treaty(ISafegroundStore store, string format, string? year, string? region, string? organisation)
    {
        if (!int.TryParse(Blank(year), NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1900 || y > 2999)
            throw QueryValues.Bad(Texts.Render("api.products.year", ("year", year)));
        var request = new TreatyRequest(y, Blank(region), Blank(organisation));
        KnownRegion.Check(store, request.Region, ProductSource.Of(store));
        return format switch
        {
            "xlsx" => File(s => TreatyTables.WriteXlsx(store, request, s), Xlsx, $"safeground-treaty-{y}.xlsx"),
            "pdf" => File(s => TreatyTables.WritePdf(store, request, s), Pdf, $"safeground-treaty-{y}.pdf"),
            _ => throw SafegroundException.NotFound(Texts.Render("api.products.format", ("format", format))),
        };
    }

    private static IResult Certificate(ISafegroundStore store, string? hazard)
    {
        var id = Blank(hazard) ?? throw QueryValues.Bad(Texts.Render("api.products.hazard"));
        return File(s => CompletionCertificate.Write(store, new CertificateRequest(id), s), Pdf, $"safeground-certificate-{Safe(id)}.pdf");
    }

    private static IResult Accident(HttpContext context, ISafegroundStore store, string? report)
    {
        var id = Blank(report) ?? throw QueryValues.Bad(Texts.Render("api.products.report"));
        var user = Caller.Of(context);
        var record = ReportEndpoints.Visible(store, user, id);
        bool personal = AccessPolicy.CanSeePersonalData(user, record.Report.OrganisationId);
        return File(s => AccidentProduct.Write(store, new AccidentRequest(id, personal), s), Pdf, $"safeground-accident-{Safe(id)}.pdf");
    }

    // Made whole before the first byte goes out: an error is a problem answer, not a truncated file.
    private static IResult File(Action<Stream> write, string type, string name)
    {
        var buffer = new MemoryStream();
        write(buffer);
        return Results.File(buffer.ToArray(), type, name);
    }

    private static string Safe(string id) => string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
