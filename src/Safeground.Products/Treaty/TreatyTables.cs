using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Treaty;

namespace Safeground.Products.Treaty;

/// <summary>
/// <c>safeground publish treaty</c>: the annual treaty report tables (APMBC and CCM Article 7) of a year, as a workbook
/// or a PDF, from <see cref="TreatyFigures"/> (the figures <c>status</c> gives for the same year and scope).
/// </summary>
public static class TreatyTables
{
    /// <summary>The tables as an .xlsx workbook, one sheet each.</summary>
    /// <exception cref="Core.SafegroundException">Invalid: nothing to report for the year and scope.</exception>
    public static TreatyFigures WriteXlsx(ISafegroundStore store, TreatyRequest request, Stream output, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var figures = TreatyFigures.Compute(store, request, StoredProgramme.Of(store));
        WriteXlsx(figures, ProductSource.Of(store), (clock ?? TimeProvider.System).GetLocalNow(), output);
        return figures;
    }

    public static void WriteXlsx(TreatyFigures figures, string source, DateTimeOffset madeAt, Stream output)
    {
        ArgumentNullException.ThrowIfNull(figures);
        TreatyWorkbook.Write(output, Title(figures.Request), Scope(figures.Request), Note(figures.Request, source, madeAt), TreatyLayout.Tables(figures));
    }

    /// <summary>The tables as a PDF (A4 portrait), one section each.</summary>
    /// <exception cref="Core.SafegroundException">Invalid: nothing to report for the year and scope.</exception>
    public static TreatyFigures WritePdf(ISafegroundStore store, TreatyRequest request, Stream output, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var figures = TreatyFigures.Compute(store, request, StoredProgramme.Of(store));
        WritePdf(figures, ProductSource.Of(store), (clock ?? TimeProvider.System).GetLocalNow(), output);
        return figures;
    }

    public static void WritePdf(TreatyFigures figures, string source, DateTimeOffset madeAt, Stream output)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var info = new ProductInfo(Title(figures.Request), Scope(figures.Request), madeAt, source);
        TreatyPdf.Write(output, info, Note(figures.Request, source, madeAt), TreatyLayout.Tables(figures));
    }

    public static string Title(TreatyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Texts.Render("treaty.title", ("year", Year(request)));
    }

    /// <summary>"Whole programme · 2026", "Region Kharkiv · 2026", ...</summary>
    public static string Scope(TreatyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.Region, request.Organisation) switch
        {
            ({ } region, { } organisation) => Texts.Render("treaty.scope.region-organisation", ("region", region), ("organisation", organisation), ("year", Year(request))),
            ({ } region, null) => Texts.Render("treaty.scope.region", ("region", region), ("year", Year(request))),
            (null, { } organisation) => Texts.Render("treaty.scope.organisation", ("organisation", organisation), ("year", Year(request))),
            _ => Texts.Render("treaty.scope.whole", ("year", Year(request))),
        };
    }

    public static string Note(TreatyRequest request, string source, DateTimeOffset madeAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Texts.Render("treaty.note", ("source", source), ("made", Texts.Minute(madeAt)),
            ("day", request.Last), ("from", request.First), ("to", request.Last));
    }

    // A year is written as a year, never with a thousands separator.
    private static string Year(TreatyRequest request) => request.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
