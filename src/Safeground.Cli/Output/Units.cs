namespace Safeground.Cli.Output;

/// <summary>
/// Numbers as a data manager reads them: m² with thousands separators, hectares with two decimals. The units are
/// texts (<c>format.m2</c>, <c>format.ha</c>), so a language writes them its own way; figures are written in the reader's culture (<see cref="Texts.Culture"/>: LANG or --lang).
/// </summary>
public static class Units
{
    public static string M2(double m2) => Texts.Render("format.m2", ("value", m2.ToString("#,0", Texts.Culture)));

    public static string Ha(double m2) => Texts.Render("format.ha", ("value", (m2 / 10_000).ToString("#,0.00", Texts.Culture)));

    public static string Count(long n) => n.ToString("#,0", Texts.Culture);

    public static string Area(double m2) => Texts.Render("cli.units.area", ("ha", Ha(m2)), ("m2", M2(m2)));

    /// <summary>Bytes as megabytes with one decimal (the unit is in the sentence).</summary>
    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("F1", Texts.Culture);

    /// <summary>A share as the tables print it (one decimal: "12.5 %").</summary>
    public static string Share(double share) => Texts.Render("format.percent", ("value", (share * 100).ToString("0.0", Texts.Culture)));
}
