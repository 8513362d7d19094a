using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>
/// Turns features of a legacy or third-party file into hazardous areas: each kept polygon becomes a
/// non-technical survey that creates one hazard, traceable to the file and feature it came from.
/// </summary>
/// <remarks>
/// Lazy: the summary fills in as <see cref="Reports"/> is enumerated, so a huge file streams. An exact copy of a
/// kept polygon is rejected; a hazard that is the same land as a kept one by the hazard-duplicate rule's measure
/// (<paramref name="rules"/>, the store's) is imported and listed in <see cref="ImportSummary.NearDuplicates"/>.
/// </remarks>
public sealed class HazardImport(ImportOptions options, PolygonTriage triage, Rules.ProgrammeRules rules)
{
    public IEnumerable<IReadOnlyList<Report>> Reports(IEnumerable<SourceFeature> features, ImportSummary summary)
    {
        var seen = new Dictionary<Int128, string>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var programme = rules;
        var near = programme.IsEnabled(Rules.RuleIds.HazardDuplicate) ? new NearDuplicateFinder(programme.Threshold(Rules.RuleIds.HazardDuplicate)) : null;
        foreach (var f in features)
        {
            summary.Read++;
            if (f.ReadError is not null)
            {
                Reject(summary, f, f.ReadError);
                continue;
            }
            var result = triage.Triage(f.Geometry);
            if (result.Outcome == TriageOutcome.Rejected)
            {
                Reject(summary, f, string.Join("; ", result.Notes));
                continue;
            }
            var geometry = result.Geometry!;
            var key = Fingerprint(geometry);
            if (seen.TryGetValue(key, out var first))
            {
                Reject(summary, f, Texts.Render("import.hazard.duplicate", ("first", first)));
                continue;
            }
            Report report;
            try
            {
                report = ToReport(f, geometry, result.Notes);
            }
            catch (SafegroundException e)
            {
                Reject(summary, f, e.Message);
                continue;
            }
            // Two features with one id would make one report id twice, and the store would refuse the whole file.
            if (!ids.TryAdd(report.HazardId!, f.Where))
            {
                Reject(summary, f, Texts.Render("import.hazard.id-used", ("id", report.HazardId), ("first", ids[report.HazardId!])));
                continue;
            }
            seen[key] = f.Where; // only a kept feature: a rejected one must not make a later, good copy of its polygon a "duplicate"
            if (result.Outcome == TriageOutcome.Repaired) summary.Repaired++;
            else summary.Kept++;
            if (result.Notes.Count > 0) summary.Issues.Add(new ImportIssue(f.Where, result.Outcome, string.Join("; ", result.Notes)));
            double area = Safeground.Core.Spatial.Polygons.AreaM2(geometry);
            summary.AreaM2 += area;
            if (near is not null) summary.NearDuplicates.AddRange(near.Add(report.HazardId!, f.Where, geometry, area));
            summary.Reports++;
            yield return [report];
        }
    }

    private Report ToReport(SourceFeature f, NtsGeometry perimeter, IReadOnlyList<string> notes)
    {
        var p = f.Properties;
        var m = options.Mapping;
        var hazardId = m.Get(p, "id", "hazard_id", "hazardId") ?? $"{options.IdPrefix}-{f.Index + 1:D6}";
        var date = options.DateOfInformation;
        if (m.Get(p, "date", "date_of_information", "surveyed") is { } d)
            date = DateParsing.Parse(d, "date");
        var survey = new NonTechnicalSurvey(
            SurveyAction.Create,
            m.Get(p, "name", "title"),
            m.Get(p, "region", "district", "admin") ?? options.Region,
            ClassOf(m.Get(p, "class", "hazard_class", "typeArea")),
            perimeter,
            null,
            [new Evidence(EvidenceType.Marking, EvidenceSource.Records, $"{options.SourceName}, {f.Where}{(notes.Count > 0 ? ": " + string.Join("; ", notes) : "")}")],
            []);
        return new Report($"IMP-{hazardId}", hazardId, options.OrganisationId, null, null, date, options.ImportedAt, options.ImportedBy, survey);
    }

    // Legacy files spell the class out ("Suspected Minefield", "Confirmed Hazardous Area"); anything else is refused,
    // not read as SHA, so that a mistyped or misplaced column does not turn confirmed land into suspected land.
    private static HazardClass ClassOf(string? value)
    {
        if (value is null) return HazardClass.Sha;
        if (value.Contains("CHA", StringComparison.OrdinalIgnoreCase) || value.Contains("confirm", StringComparison.OrdinalIgnoreCase))
            return HazardClass.Cha;
        if (value.Contains("SHA", StringComparison.OrdinalIgnoreCase) || value.Contains("suspect", StringComparison.OrdinalIgnoreCase))
            return HazardClass.Sha;
        throw SafegroundException.Invalid(Texts.Render("error.import.class-neither-sha-suspected-nor", ("value", value)));
    }

    private static void Reject(ImportSummary summary, SourceFeature f, string reason)
    {
        summary.Rejected++;
        summary.Issues.Add(new ImportIssue(f.Where, TriageOutcome.Rejected, reason));
    }

    private static Int128 Fingerprint(NtsGeometry g)
    {
        var normal = g.Copy();
        normal.Normalize();
        var bytes = new NetTopologySuite.IO.WKBWriter().Write(normal);
        var hash = System.Security.Cryptography.MD5.HashData(bytes);
        return new Int128(BitConverter.ToUInt64(hash, 0), BitConverter.ToUInt64(hash, 8));
    }
}
