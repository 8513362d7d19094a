using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Products;

/// <summary>
/// The completion and handover certificate of a hazard whose land is all released: a map of the land with its
/// numbered turning points and their coordinates, the area released by each method (the hazard's state, the same
/// square metres <c>status</c> adds up), the clearance depth, the dates, the approved reports behind it and signature
/// blocks for the operator, the authority and the land's receiver. Land still hazardous gets no certificate.
/// </summary>
public static class CompletionCertificate
{
    public static void Write(ISafegroundStore store, CertificateRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var hazard = store.FindHazard(request.HazardId)
            ?? throw SafegroundException.NotFound(Texts.Render("product.certificate.unknown-hazard", ("hazard", request.HazardId)));
        if (hazard.Status != HazardStatus.Closed)
            throw SafegroundException.Conflict(Texts.Render("product.certificate.not-released", ("hazard", hazard.HazardId),
                ("remaining", hazard.RemainingM2), ("status", Words.Id(hazard.Status))));
        var reports = store.ReportsOfHazard(hazard.HazardId, ReportStatus.Approved)
            .Select(r => r.Report).OrderBy(r => r.DateOfInformation).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var organisations = store.Organisations().ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        string Organisation(string id) => organisations.TryGetValue(id, out var name) ? name : id;
        var handover = reports.Select(r => r.Body).OfType<Handover>().LastOrDefault();

        var info = new ProductInfo(Texts.Render("product.certificate.title"),
            Texts.Render("product.certificate.scope", ("hazard", Label(hazard))), DateTimeOffset.UtcNow, ProductSource.Of(store));
        using var document = ProductDocument.Create(output, info);
        document.Figures(
        [
            (Texts.Render("product.certificate.hazard"), Label(hazard)),
            (Texts.Render("product.certificate.region"), hazard.Region ?? "—"),
            (Texts.Render("product.certificate.organisation"), Organisation(hazard.OrganisationId)),
            (Texts.Render("product.certificate.number"), handover?.CertificateNumber ?? "—"),
            (Texts.Render("product.certificate.received-by"), hazard.HandedOverTo ?? handover?.ReceivedBy ?? "—"),
            (Texts.Render("product.certificate.land-use"), handover?.LandUse ?? "—"),
        ]);

        document.Heading(Texts.Render("product.certificate.area-heading"));
        document.Figures(
        [
            (Words.Of(ReleaseMethod.Cancelled), ProductFormat.Area(hazard.CancelledM2)),
            (Words.Of(ReleaseMethod.Reduced), ProductFormat.Area(hazard.ReducedM2)),
            (Words.Of(ReleaseMethod.Cleared), ProductFormat.Area(hazard.ClearedM2)),
            (Texts.Render("product.certificate.released"), ProductFormat.Area(hazard.ReleasedM2)),
            (Texts.Render("product.certificate.depth"), hazard.ClearanceDepthCm is { } cm ? Texts.Render("product.cm", ("value", cm)) : "—"),
            (Texts.Render("product.certificate.started"), Day(Started(hazard, reports))),
            (Texts.Render("product.certificate.completed"), Day(Completed(hazard, reports))),
            (Texts.Render("product.certificate.handed-over"), Day(hazard.HandedOverOn)),
        ]);

        var land = hazard.Original;
        var map = new ProductMap();
        foreach (var release in hazard.Releases.OrderBy(r => r.Method))
            map.Polygon(release.Area, Style(release.Method));
        if (hazard.Releases.Count == 0) map.Polygon(land, MapStyle.Cleared);
        map.TurningPoints(land);
        document.Heading(Texts.Render("product.certificate.map-heading"));
        document.Map(map, 110);

        var points = ProductMap.TurningPointsOf(land);
        document.Heading(Texts.Render("product.certificate.points-heading"));
        document.Table(
            [Texts.Render("product.certificate.point"), Texts.Render("product.latitude"), Texts.Render("product.longitude"), Texts.Render("product.latitude-dms"), Texts.Render("product.longitude-dms")],
            points.Select((c, i) => (IReadOnlyList<string>)[(i + 1).ToString(Texts.Culture), ProductFormat.Degrees(c.Y), ProductFormat.Degrees(c.X), ProductFormat.Dms(c.Y, true), ProductFormat.Dms(c.X, false)]).ToList(),
            [0.6f, 1.2f, 1.2f, 1.5f, 1.5f]);

        document.Heading(Texts.Render("product.certificate.reports-heading"));
        document.Table(
            [Texts.Render("product.report"), Texts.Render("product.kind"), Texts.Render("product.date"), Texts.Render("product.organisation")],
            reports.Select(r => (IReadOnlyList<string>)[r.Id, Words.Of(r.Kind), Texts.Day(r.DateOfInformation), Organisation(r.OrganisationId)]).ToList(),
            [1.6f, 1.4f, 1f, 1.6f]);

        document.Heading(Texts.Render("product.certificate.signatures-heading"));
        document.Paragraph(Texts.Render("product.certificate.statement", ("hazard", Label(hazard)), ("released", ProductFormat.Area(hazard.ReleasedM2))));
        document.Signatures(
        [
            Texts.Render("product.certificate.sign-operator", ("organisation", Organisation(hazard.OrganisationId))),
            Texts.Render("product.certificate.sign-authority"),
            Texts.Render("product.certificate.sign-receiver", ("receiver", hazard.HandedOverTo ?? handover?.ReceivedBy ?? "")),
        ]);
    }

    private static string Label(HazardState hazard) => hazard.Name is { Length: > 0 } name ? $"{hazard.HazardId} · {name}" : hazard.HazardId;

    private static string Day(DateOnly? day) => day is { } d ? Texts.Day(d) : "—";

    /// <summary>Work began with the first survey or clearance on the ground after the hazard was recorded.</summary>
    private static DateOnly Started(HazardState hazard, IReadOnlyList<Report> reports) =>
        reports.Where(r => r.Kind is ReportKind.TechnicalSurvey or ReportKind.ClearanceProgress or ReportKind.Completion)
            .Select(r => (DateOnly?)r.DateOfInformation).Min() ?? hazard.CreatedOn;

    /// <summary>The last completion report, or else the last release.</summary>
    private static DateOnly? Completed(HazardState hazard, IReadOnlyList<Report> reports) =>
        reports.Where(r => r.Kind == ReportKind.Completion).Select(r => (DateOnly?)r.DateOfInformation).Max()
            ?? hazard.Releases.Select(r => (DateOnly?)r.Date).Max();

    private static MapStyle Style(ReleaseMethod method) => method switch
    {
        ReleaseMethod.Cancelled => MapStyle.Cancelled,
        ReleaseMethod.Reduced => MapStyle.Reduced,
        _ => MapStyle.Cleared,
    };
}
