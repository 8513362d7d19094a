using System.Net;
using System.Net.Http.Headers;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;
using UglyToad.PdfPig;

namespace Safeground.Server.Tests;

/// <summary>
/// /api/v1/products: the documents of <c>safeground publish</c> through the API (the web app's Products view asks for
/// these): a real PDF or workbook in the caller's language, a problem naming the bad parameter, the certificate refused
/// for land still hazardous, and an accident report with the victims' names only for those allowed to see them.
/// </summary>
public sealed class ProductApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_monthly_report_and_treaty_tables_come_as_files_in_the_callers_language()
    {
        var client = server.ClientFor("viewer");
        string month = BusiestMonth();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/products/monthly.pdf?month={month}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("uk"));
        using var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/pdf", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"safeground-monthly-{month}.pdf", answer.Content.Headers.ContentDisposition?.FileNameStar ?? answer.Content.Headers.ContentDisposition?.FileName);
        var text = Text(await answer.Content.ReadAsByteArrayAsync());
        Assert.Contains(Squeeze(Uk("monthly.title")), Squeeze(text), StringComparison.Ordinal);

        var xlsx = await client.GetAsync("/api/v1/products/treaty.xlsx?year=" + month[..4]);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var pdf = await client.GetAsync("/api/v1/products/treaty.pdf?year=" + month[..4]);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.NotEmpty(Text(await pdf.Content.ReadAsByteArrayAsync()));

        var (status, body) = await Api.Get(client, "/api/v1/products/monthly.pdf?month=March");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'March' is not a month", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Get(client, "/api/v1/products/treaty.xlsx?year=20x6")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(client, "/api/v1/products/treaty.docx?year=2026")).Status);
        // A region the store does not know is an answer naming it, not a report of zeros; nor does it show the store's path.
        var (unknown, reason) = await Api.Get(client, $"/api/v1/products/monthly.pdf?month={month}&region=Izium%20raion");
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        var detail = reason.GetProperty("detail").GetString()!;
        Assert.Contains("region 'Izium raion' is not in ", detail, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Kharkiv oblast, Izium raion, Balakliia hromada'", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(server.StorePath, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(client, $"/api/v1/products/treaty.xlsx?year={month[..4]}&region=Nowhere")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"/api/v1/products/monthly.pdf?month={month}")).StatusCode);
    }

    [Fact]
    public async Task A_certificate_is_made_for_released_land_only()
    {
        string closed, open;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            closed = store.Hazards().First(h => h.Status == HazardStatus.Closed).HazardId;
            open = store.Hazards().First(h => h.Status == HazardStatus.Open && h.RemainingM2 > 0).HazardId;
        }
        var client = server.ClientFor("viewer");
        var made = await client.GetAsync($"/api/v1/products/certificate.pdf?hazard={closed}");
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains(closed, Text(await made.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var (status, body) = await Api.Get(client, $"/api/v1/products/certificate.pdf?hazard={open}");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains(open, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(client, "/api/v1/products/certificate.pdf?hazard=HZ-NOWHERE")).Status);
    }

    [Fact]
    public async Task An_accident_report_names_victims_only_to_those_allowed_to_see_personal_data()
    {
        string report, name;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var accident = store.Accidents().First(a => a.Accident.Victims.Any(v => v.Name is { Length: > 3 }));
            report = accident.ReportId;
            name = accident.Accident.Victims.Select(v => v.Name).OfType<string>().First(n => n.Length > 3);
        }
        var shown = Text(await (await server.ClientFor("data.manager").GetAsync($"/api/v1/products/accident.pdf?report={report}")).Content.ReadAsByteArrayAsync());
        Assert.Contains(Squeeze(name), Squeeze(shown), StringComparison.Ordinal);
        var viewer = await server.ClientFor("viewer").GetAsync($"/api/v1/products/accident.pdf?report={report}");
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
        var withheld = Text(await viewer.Content.ReadAsByteArrayAsync());
        Assert.Contains(report, withheld, StringComparison.Ordinal);
        Assert.DoesNotContain(Squeeze(name), Squeeze(withheld), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.ClientFor("viewer"), "/api/v1/products/accident.pdf?report=R-NOWHERE")).Status);
    }

    private string BusiestMonth()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Hazards().SelectMany(h => h.Releases).GroupBy(r => r.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Count()).First().Key;
    }

    private static string Uk(string id)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("uk");
            return Core.Text.Texts.Render(id);
        }
        finally { System.Globalization.CultureInfo.CurrentUICulture = before; }
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
