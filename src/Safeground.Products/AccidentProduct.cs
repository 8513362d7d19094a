using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Products;

/// <summary>
/// The accident report (IMAS 10.60): when and where (with a map), who was working, what they were doing, the device,
/// and each victim's injuries and outcome. Names, dates of birth and addresses are printed only when the request says
/// personal data was released (<see cref="PersonalData.Withhold"/> otherwise, the rule every export follows).
/// </summary>
public static class AccidentProduct
{
    public static void Write(ISafegroundStore store, AccidentRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var record = store.FindReport(request.ReportId)
            ?? throw SafegroundException.NotFound(Texts.Render("product.accident.unknown-report", ("report", request.ReportId)));
        if (record.Report.Body is not AccidentReport)
            throw SafegroundException.Invalid(Texts.Render("product.accident.not-an-accident", ("report", request.ReportId), ("kind", Words.Id(record.Report.Kind))));
        var report = request.PersonalData ? record.Report : PersonalData.Withhold(record.Report);
        var accident = (AccidentReport)report.Body;
        var organisation = store.Organisations().FirstOrDefault(o => o.Id == report.OrganisationId)?.Name ?? report.OrganisationId;
        var team = report.TeamId is { } teamId ? store.Teams().FirstOrDefault(t => t.Id == teamId)?.Name ?? teamId : null;
        var hazard = report.HazardId is { } hazardId ? store.FindHazard(hazardId) : null;

        var info = new ProductInfo(Texts.Render("product.accident.title"),
            Texts.Render("product.accident.scope", ("report", report.Id), ("when", Texts.Day(DateOnly.FromDateTime(accident.OccurredAt.DateTime)))),
            DateTimeOffset.UtcNow, ProductSource.Of(store));
        using var document = ProductDocument.Create(output, info);
        var position = accident.Position.Coordinate;
        document.Figures(
        [
            (Texts.Render("product.report"), report.Id),
            (Texts.Render("product.accident.status"), Words.Of(record.Status)),
            (Texts.Render("product.accident.when"), Texts.Minute(accident.OccurredAt)),
            (Texts.Render("product.accident.where"), $"{ProductFormat.Degrees(position.Y)}, {ProductFormat.Degrees(position.X)} ({ProductFormat.Dms(position.Y, true)} {ProductFormat.Dms(position.X, false)})"),
            (Texts.Render("product.accident.hazard"), hazard is null ? report.HazardId ?? "—" : hazard.Name is { Length: > 0 } n ? $"{hazard.HazardId} · {n}" : hazard.HazardId),
            (Texts.Render("product.certificate.region"), hazard?.Region ?? "—"),
            (Texts.Render("product.organisation"), organisation),
            (Texts.Render("product.accident.team"), team ?? "—"),
            (Texts.Render("product.accident.demining"), Texts.Render(accident.IsDemining ? "product.yes" : "product.no")),
        ]);

        var map = new ProductMap();
        if (hazard is not null) map.Polygon(hazard.Remaining.IsEmpty ? hazard.Original : hazard.Remaining, MapStyle.Remaining, hazard.HazardId);
        map.Point(accident.Position, MapStyle.Accident);
        document.Map(map, 80);

        document.Heading(Texts.Render("product.accident.circumstances"));
        document.Figures(
        [
            (Texts.Render("product.accident.activity"), accident.ActivityAtTime ?? "—"),
            (Texts.Render("product.accident.asset"), accident.AssetAtTime is { } asset ? Words.Of(asset) : "—"),
            (Texts.Render("product.accident.cause"), accident.Cause ?? "—"),
            (Texts.Render("product.accident.activation"), accident.ActivationMethod ?? "—"),
            (Texts.Render("product.accident.device"), Device(accident)),
            (Texts.Render("product.accident.depth"), accident.DepthCm is { } cm ? Texts.Render("product.cm", ("value", cm)) : "—"),
            (Texts.Render("product.accident.item-moved"), YesNo(accident.ItemMoved)),
            (Texts.Render("product.accident.item-marked"), YesNo(accident.ItemMarked)),
            (Texts.Render("product.accident.ground"), accident.GroundConditions ?? "—"),
            (Texts.Render("product.accident.weather"), accident.Weather ?? "—"),
            (Texts.Render("product.accident.corrective"), accident.CorrectiveAction ?? "—"),
        ]);

        document.Heading(Texts.Render("product.accident.victims"));
        if (accident.Victims.Count == 0)
            document.Paragraph(Texts.Render("product.accident.no-victims"));
        else
        {
            var header = new List<string> { Texts.Render("product.accident.victim") };
            if (request.PersonalData) header.AddRange([Texts.Render("product.accident.name"), Texts.Render("product.accident.born"), Texts.Render("product.accident.address")]);
            header.AddRange([Texts.Render("product.accident.gender"), Texts.Render("product.accident.age"), Texts.Render("product.accident.role"),
                Texts.Render("product.accident.outcome"), Texts.Render("product.accident.injuries")]);
            var rows = accident.Victims.Select((v, i) =>
            {
                var row = new List<string> { (i + 1).ToString(Texts.Culture) };
                if (request.PersonalData) row.AddRange([v.Name ?? "—", v.DateOfBirth is { } born ? Texts.Day(born) : "—", v.Address ?? "—"]);
                row.AddRange([Words.Of(v.Gender), v.Age?.ToString(Texts.Culture) ?? "—", v.Role ?? "—", Words.Of(v.Outcome), v.Injuries ?? "—"]);
                return (IReadOnlyList<string>)row;
            }).ToList();
            IReadOnlyList<float> widths = request.PersonalData ? [0.5f, 1.5f, 1f, 1.5f, 0.8f, 0.5f, 1f, 0.9f, 1.6f] : [0.5f, 0.9f, 0.6f, 1.3f, 1f, 2.4f];
            document.Table(header, rows, widths);
            if (!request.PersonalData) document.Paragraph(Texts.Render("product.accident.withheld"));
        }
        document.Signatures([Texts.Render("product.accident.sign-reporter"), Texts.Render("product.certificate.sign-authority")]);
    }

    private static string Device(AccidentReport accident)
    {
        var category = accident.DeviceCategory is { } c ? Words.Of(c) : null;
        return (category, accident.DeviceModel) switch
        {
            (null, null) => "—",
            (null, { } model) => model,
            ({ } cat, null) => cat,
            ({ } cat, { } model) => $"{cat} · {model}",
        };
    }

    private static string YesNo(bool? value) => value is { } v ? Texts.Render(v ? "product.yes" : "product.no") : "—";
}
