using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>
/// Turns point features into EO finds, recorded as EOD spot-task reports of up to
/// <see cref="FindsPerReport"/> finds each, so a million finds make a thousand traceable reports
/// rather than a million.
/// </summary>
public sealed class FindImport(ImportOptions options, EoCategory? defaultCategory = null, OrdnanceCatalogue? catalogue = null)
{
    public const int FindsPerReport = 1000;

    /// <summary>Deeper than this (50 m) a depth is a typing or unit error, not a find: refused, never clamped.</summary>
    public const int MaxDepthCm = ImportNumbers.MaxDepthCm;

    // A file names its categories, conditions and disposals with a handful of distinct words:
    // read each word once (imports run to millions of finds).
    private readonly Dictionary<string, EoCategory?> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EoCondition?> _conditions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Disposal?> _disposals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrdnanceModel?> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnknownModel> _unknown = new(StringComparer.Ordinal);

    public IEnumerable<Report> Reports(IEnumerable<SourceFeature> features, ImportSummary summary)
    {
        var batch = new List<EoFind>(FindsPerReport);
        string? firstWhere = null, lastWhere = null;
        int number = 0;
        foreach (var f in features)
        {
            summary.Read++;
            var find = ToFind(f, out var problem);
            if (find is null)
            {
                summary.Rejected++;
                summary.Issues.Add(new ImportIssue(f.Where, TriageOutcome.Rejected, problem!));
                continue;
            }
            find = Catalogued(find, summary);
            summary.Kept++;
            firstWhere ??= f.Where;
            lastWhere = f.Where;
            batch.Add(find);
            if (batch.Count == FindsPerReport)
            {
                yield return Flush(batch, ++number, firstWhere, lastWhere, summary);
                batch = new List<EoFind>(FindsPerReport);
                firstWhere = null;
            }
        }
        if (batch.Count > 0) yield return Flush(batch, ++number, firstWhere!, lastWhere!, summary);
    }

    /// <summary>
    /// The find with its model as the catalogue names it (an alias or another spelling mapped to the name); a model the
    /// catalogue does not hold is kept as written and listed in the summary with the close names, never refused.
    /// </summary>
    private EoFind Catalogued(EoFind find, ImportSummary summary)
    {
        if (catalogue is null || string.IsNullOrWhiteSpace(find.Model)) return find;
        var model = Memo(_models, find.Model, catalogue.Find);
        if (model is not null)
        {
            if (model.Name == find.Model) return find;
            summary.ModelsMapped++;
            // A note in brackets is the field's ("(abandoned)"): it stays with the catalogue's name.
            var name = model.Name;
            int open = find.Model.LastIndexOf('(');
            if (open > 0 && find.Model.TrimEnd().EndsWith(')') && catalogue.Find(find.Model[..open]) == model) name += " " + find.Model[open..].Trim();
            return find with { Model = name };
        }
        if (!_unknown.TryGetValue(find.Model, out var unknown))
        {
            if (_unknown.Count >= 10_000) return find; // free text could be anything: the list says enough by then
            unknown = new UnknownModel(find.Model, [.. catalogue.Suggest(find.Model).Select(m => m.Name)]);
            _unknown.Add(find.Model, unknown);
            summary.UnknownModels.Add(unknown);
        }
        unknown.Finds++;
        return find;
    }

    private Report Flush(List<EoFind> finds, int number, string first, string last, ImportSummary summary)
    {
        summary.Reports++;
        var source = $"{options.SourceName}, {first} to {last}";
        return new Report(
            $"IMP-{options.IdPrefix}-{number:D6}", null, options.OrganisationId, null, null,
            options.DateOfInformation, options.ImportedAt, options.ImportedBy, new EodSpotTask(finds, source));
    }

    private static T Memo<T>(Dictionary<string, T> memo, string text, Func<string, T> read)
    {
        if (memo.TryGetValue(text, out var value)) return value;
        value = read(text);
        if (memo.Count < 10_000) memo[text] = value; // free text could be anything: keep the memo small
        return value;
    }

    private EoFind? ToFind(SourceFeature f, out string? problem)
    {
        problem = null;
        if (f.ReadError is not null) { problem = f.ReadError; return null; }
        if (f.Geometry is not Point { IsEmpty: false } point)
        {
            problem = f.Geometry is null ? Texts.Render("import.find.no-position") : Texts.Render("import.find.not-a-point", ("type", f.Geometry.GeometryType));
            return null;
        }
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
        {
            problem = Texts.Render("import.find.coordinate-not-a-number", ("x", point.X), ("y", point.Y));
            return null;
        }
        if (Math.Abs(point.X) > 180 || Math.Abs(point.Y) > 90)
        {
            problem = Texts.Render("import.find.outside-range", ("x", point.X), ("y", point.Y));
            return null;
        }
        var p = f.Properties;
        var m = options.Mapping;
        EoCategory category;
        var categoryText = m.Get(p, "category", "eo_category", "type");
        if (categoryText is null)
        {
            if (defaultCategory is not { } d) { problem = Texts.Render("import.find.no-category"); return null; }
            category = d;
        }
        else if (Memo(_categories, categoryText, EoNames.Category) is { } c) category = c;
        else { problem = Texts.Render("import.find.unknown-category", ("value", categoryText)); return null; }

        int quantity = 1;
        if (m.Get(p, "quantity", "qty", "count") is { } q && (!int.TryParse(q, NumberStyles.Integer, CultureInfo.InvariantCulture, out quantity) || quantity < 1))
        {
            problem = Texts.Render("import.find.quantity", ("value", q));
            return null;
        }
        int? depth = null;
        if (m.Get(p, "depth_cm", "depth") is { } dText)
        {
            depth = ImportNumbers.DepthCm(dText, ref problem);
            if (problem is not null) return null;
        }
        var condition = EoCondition.Unknown;
        if (m.Get(p, "condition") is { } ct)
        {
            if (Memo(_conditions, ct, EoNames.Condition) is not { } known)
            {
                // The words a file may hold (EoNames reads them), not words of the reader's language: listed as typed.
                problem = Texts.Render("import.find.unknown-condition", ("value", ct), ("known", string.Join(", ", Enum.GetNames<EoCondition>().Select(n => n.ToLowerInvariant()))));
                return null;
            }
            condition = known;
        }
        var disposal = Disposal.DestroyedInSitu;
        if (m.Get(p, "disposal") is { } dt)
        {
            if (Memo(_disposals, dt, EoNames.Disposal) is not { } known)
            {
                problem = Texts.Render("import.find.unknown-disposal", ("value", dt));
                return null;
            }
            disposal = known;
        }
        return new EoFind(category, m.Get(p, "model", "device_model"), quantity, condition, depth, point, disposal);
    }
}
