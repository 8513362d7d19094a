using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>
/// What the imports of point reports share (demining accidents, civilian incidents): one report per feature, placed
/// in the hazard it names or the one whose perimeter holds it, organisations made as met, and one bulk load, so an
/// interrupted import keeps nothing. A kind says only how a feature reads as its report (<see cref="Read"/>).
/// </summary>
public abstract class PointReportImport(ISafegroundStore store, TimeProvider clock, ProgrammeRules rules)
{
    protected ISafegroundStore Store { get; } = store;

    /// <param name="summary">Counts as the import goes (a progress line reads them); a new summary when null.</param>
    public ImportSummary Run(IEnumerable<SourceFeature> features, ImportOptions options, ImportSummary? summary = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        summary ??= new ImportSummary { Source = options.SourceName };
        var now = clock.GetUtcNow();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var inHazards = new SortedDictionary<string, List<ImportedReport>>(StringComparer.Ordinal);
        var unattached = new List<ImportedReport>();
        var known = Store.Organisations().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var organisations = new List<Organisation>();
        foreach (var f in features)
        {
            cancellationToken.ThrowIfCancellationRequested();
            summary.Read++;
            var (report, problem, note) = Read(f, options, now, ids);
            if (problem is not null)
            {
                summary.Rejected++;
                summary.Issues.Add(new ImportIssue(f.Where, TriageOutcome.Rejected, problem));
                continue;
            }
            if (report is null)
            {
                summary.AlreadyImported++;
                continue;
            }
            summary.Kept++;
            if (note is not null) summary.Issues.Add(new ImportIssue(f.Where, TriageOutcome.Kept, note));
            if (known.Add(report.OrganisationId))
                organisations.Add(new Organisation(report.OrganisationId, report.OrganisationId == "IMPORT" ? "Imported records" : report.OrganisationId, ""));
            var imported = new ImportedReport(report, $"{options.SourceName}, {f.Where}");
            if (report.HazardId is { } h)
            {
                if (!inHazards.TryGetValue(h, out var list)) inHazards[h] = list = [];
                list.Add(imported);
                summary.InHazards++;
            }
            else unattached.Add(imported);
        }
        if (summary.Kept == 0) return summary;
        var loaded = new BulkLoader(Store, clock, rules).LoadInto(organisations,
            inHazards.Select(p => new HazardAdditions(p.Key, p.Value)).ToList(), options.ImportedBy,
            unattached: unattached, cancellationToken: cancellationToken);
        summary.Reports = loaded.Reports;
        summary.HeldBack = loaded.HeldBack;
        foreach (var held in loaded.HeldBackReports)
            summary.Issues.Add(new ImportIssue(ids.GetValueOrDefault(held.ReportId, held.ReportId), TriageOutcome.Kept, Texts.Render("import.accident.held-back", ("reason", held.Reason))));
        return summary;
    }

    /// <param name="ids">The report ids met so far in this file, with where each was: a repeat is refused naming the first.</param>
    /// <returns>The report to store; or null with no problem when the store already holds it; or the reason it is refused.</returns>
    protected abstract (Report? Report, string? Problem, string? Note) Read(SourceFeature f, ImportOptions options, DateTimeOffset now, Dictionary<string, string> ids);

    /// <summary>The feature's one point, or why it has none usable (<paramref name="notAPoint"/> names the kind's own sentence).</summary>
    protected static (Point? Point, string? Problem) PointOf(SourceFeature f, string notAPoint)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.ReadError is not null) return (null, f.ReadError);
        var point = f.Geometry switch
        {
            Point { IsEmpty: false } single => single,
            MultiPoint { NumGeometries: 1 } mp => (Point)mp.GetGeometryN(0),
            _ => null,
        };
        if (point is null)
            return (null, f.Geometry is null || f.Geometry.IsEmpty ? Texts.Render("import.accident.no-position") : Texts.Render(notAPoint, ("type", f.Geometry.GeometryType)));
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
            return (null, Texts.Render("import.find.coordinate-not-a-number", ("x", point.X), ("y", point.Y)));
        if (Math.Abs(point.X) > 180 || Math.Abs(point.Y) > 90)
            return (null, Texts.Render("import.find.outside-range", ("x", point.X), ("y", point.Y)));
        return (point, null);
    }

    /// <summary>
    /// The hazard a point report belongs to: the one it names (which must exist), else the one hazard whose perimeter
    /// holds the point. A point in several is placed in none, with a note saying so.
    /// </summary>
    /// <param name="recordedBy">
    /// When given, only hazards recorded by that day hold the report. A civilian incident often comes before the survey
    /// that recorded its hazard (an old incident map imported beside today's survey): it is kept beside that hazard, with
    /// a note, instead of being held back as dated before it. A demining accident passes null: one dated before its
    /// hazard is a mistake to review, so it goes in and is held back by the replay.
    /// </param>
    protected (string? HazardId, string? Note, string? Problem) HazardOf(Point point, string? named, DateOnly? recordedBy)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (named is not null)
            return Store.FindHazard(named) is null ? (null, null, Texts.Render("import.accident.unknown-hazard", ("hazard", named))) : (named, null, null);
        var holding = HazardCandidates.Near(Store, point.EnvelopeInternal).Where(h => h.Original.Covers(point)).ToList();
        var then = holding.Where(h => recordedBy is not { } day || h.CreatedOn <= day).Select(h => h.HazardId).ToList();
        if (then.Count > 1) return (null, Texts.Render("import.accident.in-several", ("hazards", string.Join(", ", then))), null);
        if (then.Count == 1) return (then[0], null, null);
        if (holding.Count == 0) return (null, null, null);
        var later = holding.MinBy(h => h.CreatedOn)!;
        return (null, Texts.Render("import.accident.before-hazard", ("hazard", later.HazardId), ("recorded", later.CreatedOn), ("date", recordedBy)), null);
    }

    /// <summary>A count of people from a file's column (none when absent), at most <paramref name="max"/>; else the first problem is kept.</summary>
    protected static int Count(string? text, string field, int max, ref string? problem)
    {
        if (text is null) return 0;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= max) return n;
        // A shapefile's numbers come back as "2.0": a whole number written as a decimal is still a count.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x == Math.Floor(x) && x >= 0 && x <= max) return (int)x;
        problem ??= Texts.Render("import.accident.count", ("field", field), ("value", text), ("max", max));
        return 0;
    }

    /// <summary>The validation problems of a finished report, or the report itself with its note.</summary>
    protected static (Report? Report, string? Problem, string? Note) Validated(Report report, DateTimeOffset now, string? note)
    {
        var problems = ReportValidation.Problems(report, now).ToList();
        return problems.Count > 0 ? (null, string.Join("; ", problems), null) : (report, null, note);
    }
}
