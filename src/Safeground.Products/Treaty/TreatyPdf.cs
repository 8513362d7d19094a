using Safeground.Core.Ordnance;

namespace Safeground.Products.Treaty;

/// <summary>
/// The treaty tables on A4 portrait pages (<see cref="ProductDocument"/>): the workbook's layout with the columns a
/// portrait page holds. Table A leaves out the km² column (the m² are there) and writes each group's columns under its
/// short name; table C keeps the categories the forms ask for by name (anti-personnel and anti-vehicle mines,
/// submunitions) and puts the others in one column, then all items.
/// </summary>
public static class TreatyPdf
{
    /// <summary>The categories table C names on the page; the rest are summed into "other".</summary>
    public static IReadOnlyList<EoCategory> Named { get; } = [EoCategory.ApMine, EoCategory.AtMine, EoCategory.Submunition];

    public static void Write(Stream output, ProductInfo info, string note, IReadOnlyList<TreatyTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var document = ProductDocument.Create(output, info);
        for (int i = 0; i < tables.Count; i++)
        {
            var (header, rows, widths) = i switch
            {
                0 => Remaining(tables[i]),
                2 => Ordnance(tables[i]),
                _ => Plain(tables[i]),
            };
            document.Heading(tables[i].Title);
            if (tables[i].Rows.Count == 0) document.Paragraph(Texts.Render("treaty.nothing"));
            else document.Table(header, rows, widths);
        }
        document.Paragraph(note);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<string>>, IReadOnlyList<float>) Plain(TreatyTable t)
    {
        var header = t.Labels.Concat(t.Columns.Select(c => c.Header)).ToList();
        var rows = AllRows(t).Select(r => Cells(r.Labels, r.Figures.Select((v, c) => TreatyLayout.Format(v, t.Columns[c].Kind)))).ToList();
        return (header, rows, [2.8f, 2.0f, .. t.Columns.Select(_ => 1.8f)]);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<string>>, IReadOnlyList<float>) Remaining(TreatyTable t)
    {
        // Every column but km²: "SHA: Number of areas", "SHA: Area (m²)", ...
        var kept = Enumerable.Range(0, t.Columns.Count).Where(c => t.Columns[c].Kind != FigureKind.Km2).ToList();
        string GroupOf(int c) => t.Groups.Single(g => c >= g.First && c < g.First + g.Span).Short;
        var header = t.Labels.Concat(kept.Select(c => Texts.Render("treaty.column.grouped", ("group", GroupOf(c)), ("column", t.Columns[c].Header)))).ToList();
        var rows = AllRows(t).Select(r => Cells(r.Labels, kept.Select(c => TreatyLayout.Format(r.Figures[c], t.Columns[c].Kind)))).ToList();
        return (header, rows, [2.8f, 2.0f, .. kept.Select(c => t.Columns[c].Kind == FigureKind.Count ? 1.1f : 1.7f)]);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<string>>, IReadOnlyList<float>) Ordnance(TreatyTable t)
    {
        var categories = Enum.GetValues<EoCategory>();
        var named = Named.Select(c => Array.IndexOf(categories, c)).ToList();
        var others = Enumerable.Range(0, categories.Length).Except(named).ToList();
        string other = Texts.Render("treaty.column.other", ("categories", Texts.Join(others.Select(i => Words.Of(categories[i])))));
        var header = t.Labels.Concat(named.Select(i => t.Columns[i].Header)).Append(other).Append(t.Columns[^1].Header).ToList();
        var rows = AllRows(t).Select(r => Cells(r.Labels,
            [.. named.Select(i => TreatyLayout.Format(r.Figures[i], FigureKind.Count)),
             TreatyLayout.Format(others.Sum(i => r.Figures[i]), FigureKind.Count),
             TreatyLayout.Format(r.Figures[^1], FigureKind.Count)])).ToList();
        return (header, rows, [2.8f, 2.0f, .. named.Select(_ => 1.3f), 2f, 1.3f]);
    }

    private static IEnumerable<TreatyRow> AllRows(TreatyTable t) => t.Rows.Append(t.Total);

    private static IReadOnlyList<string> Cells(IReadOnlyList<string> labels, IEnumerable<string> figures) => [.. labels, .. figures];
}
