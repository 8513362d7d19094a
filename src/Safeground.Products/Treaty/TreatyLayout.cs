using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Storage;
using Safeground.Core.Treaty;

namespace Safeground.Products.Treaty;

/// <summary>
/// The three treaty tables laid out from <see cref="TreatyFigures"/>, in the order and with the column names of the
/// Article 7 forms (APMBC Form C "location of mined areas" and the land-release table of its reporting guide; CCM
/// Form F "contaminated areas and clearance"): the workbook and the PDF write the same layout, so they say the same.
/// </summary>
public static class TreatyLayout
{
    public static IReadOnlyList<TreatyTable> Tables(TreatyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return [Remaining(figures), Released(figures), Ordnance(figures)];
    }

    /// <summary>The figure written for a value of a kind: what the PDF prints and the workbook's number format shows.</summary>
    public static string Format(double value, FigureKind kind) => kind switch
    {
        FigureKind.Km2 => value.ToString("N3", Texts.Culture),
        _ => Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", Texts.Culture),
    };

    private static TreatyTable Remaining(TreatyFigures f)
    {
        string suspected = Texts.Render("treaty.column.suspected"), confirmed = Texts.Render("treaty.column.confirmed"), all = Texts.Render("treaty.column.all");
        string areas = Texts.Render("treaty.column.areas"), m2 = Texts.Render("treaty.column.m2"), km2 = Texts.Render("treaty.column.km2");
        static IReadOnlyList<double> Of(TreatyRemaining r) => [r.SuspectedAreas, r.SuspectedM2, r.ConfirmedAreas, r.ConfirmedM2, r.Areas, r.M2, r.M2 / 1e6];
        return new TreatyTable(
            Texts.Render("treaty.sheet.remaining"),
            Texts.Render("treaty.remaining.title", ("day", f.Request.Last)),
            [new(suspected, 0, 2, Words.Of(HazardClass.Sha)), new(confirmed, 2, 2, Words.Of(HazardClass.Cha)), new(all, 4, 3, Texts.Render("treaty.total"))],
            LabelHeaders(),
            [new(areas, FigureKind.Count, suspected), new(m2, FigureKind.M2, suspected), new(areas, FigureKind.Count, confirmed), new(m2, FigureKind.M2, confirmed),
             new(areas, FigureKind.Count, all), new(m2, FigureKind.M2, all), new(km2, FigureKind.Km2, all)],
            [.. f.Remaining.Select(r => Row(r.Region, r.Type, Of(r))), .. f.RemainingByType.Select(r => Row(null, r.Type, Of(r)))],
            Total(Of(f.RemainingTotal)));
    }

    private static TreatyTable Released(TreatyFigures f)
    {
        static IReadOnlyList<double> Of(TreatyReleased r) => [r.CancelledM2, r.ReducedM2, r.ClearedM2, r.ReleasedM2];
        return new TreatyTable(
            Texts.Render("treaty.sheet.released"),
            Texts.Render("treaty.released.title", ("from", f.Request.First), ("to", f.Request.Last)),
            [],
            LabelHeaders(),
            [new(Texts.Render("treaty.column.cancelled"), FigureKind.M2), new(Texts.Render("treaty.column.reduced"), FigureKind.M2),
             new(Texts.Render("treaty.column.cleared"), FigureKind.M2), new(Texts.Render("treaty.column.released"), FigureKind.M2)],
            [.. f.Released.Select(r => Row(r.Region, r.Type, Of(r))), .. f.ReleasedByType.Select(r => Row(null, r.Type, Of(r)))],
            Total(Of(f.ReleasedTotal)));
    }

    private static TreatyTable Ordnance(TreatyFigures f)
    {
        // Every category the programme records, in the shared list's order: a zero is a figure the form asks for.
        var categories = Enum.GetValues<EoCategory>();
        IReadOnlyList<double> Of(TreatyOrdnance r) => [.. categories.Select(c => (double)r.Of(c)), r.Total];
        return new TreatyTable(
            Texts.Render("treaty.sheet.ordnance"),
            Texts.Render("treaty.ordnance.title", ("from", f.Request.First), ("to", f.Request.Last)),
            [],
            LabelHeaders(),
            [.. categories.Select(c => new TreatyColumn(Capitalised(Words.Of(c)), FigureKind.Count)), new TreatyColumn(Texts.Render("treaty.column.items"), FigureKind.Count)],
            [.. f.Ordnance.Select(r => Row(r.Region, r.Type, Of(r))), .. f.OrdnanceByType.Select(r => Row(null, r.Type, Of(r)))],
            Total(Of(f.OrdnanceTotal)));
    }

    // A category's word is written for running text ("AP mine", "submunition"); a column header starts with a capital.
    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpper(word[0], Texts.Culture) + word[1..];

    private static IReadOnlyList<string> LabelHeaders() => [Texts.Render("treaty.column.region"), Texts.Render("treaty.column.type")];

    // A region's line of one type; a null region is the type's total over all regions.
    private static TreatyRow Row(string? region, string? type, IReadOnlyList<double> figures) =>
        new([region is null ? Texts.Render("treaty.total") : region == NoKey ? Texts.Render("treaty.no-region") : region, TypeWord(type)], figures);

    private static TreatyRow Total(IReadOnlyList<double> figures) => new([Texts.Render("treaty.total"), Texts.Render("treaty.all-types")], figures);

    /// <summary>A line's contamination type in words: the type's, "not stated", or "outside hazards" for finds no hazard holds.</summary>
    public static string TypeWord(string? type) => type switch
    {
        null => "",
        NoKey => Texts.Render("treaty.outside-hazards"),
        "not-stated" => Capitalised(Texts.Render("status.contamination.not-stated")),
        _ => Capitalised(Words.Of(StoredNames.Parse<ContaminationType>(type))),
    };

    // What a roll-up calls a line without a group (no region; a find outside every hazard).
    private const string NoKey = "(none)";
}
