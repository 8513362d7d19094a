namespace Safeground.Products.Treaty;

/// <summary>
/// One table of the treaty report as both products write it: a title, an optional row of column groups above the
/// column headers (as the Article 7 forms group "number of areas" and "area" under suspected and confirmed areas),
/// one row per region and the total row. The first column holds the row's labels; every other column a figure.
/// </summary>
public sealed record TreatyTable(
    string Sheet,
    string Title,
    IReadOnlyList<TreatyColumnGroup> Groups,
    IReadOnlyList<string> Labels,
    IReadOnlyList<TreatyColumn> Columns,
    IReadOnlyList<TreatyRow> Rows,
    TreatyRow Total);

/// <summary>A header spanning <paramref name="Span"/> figure columns from <paramref name="First"/> (0 = the first figure column); <paramref name="Short"/> where a page has less room.</summary>
public sealed record TreatyColumnGroup(string Text, int First, int Span, string Short);

/// <summary>A figure column: its header, what it counts, and the header of its group (empty when it has none).</summary>
public sealed record TreatyColumn(string Header, FigureKind Kind, string Group = "");

/// <summary>A row: its labels (the region, then the contamination type when the tables are split by type) and its figures.</summary>
public sealed record TreatyRow(IReadOnlyList<string> Labels, IReadOnlyList<double> Figures);
