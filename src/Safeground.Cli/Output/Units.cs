using System.Globalization;

namespace Safeground.Cli.Output;

/// <summary>Numbers as a data manager reads them: m² with thousands separators, hectares with two decimals.</summary>
public static class Units
{
    public static string M2(double m2) => m2.ToString("#,0", CultureInfo.InvariantCulture) + " m²";

    public static string Ha(double m2) => (m2 / 10_000).ToString("#,0.00", CultureInfo.InvariantCulture) + " ha";

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Area(double m2) => $"{Ha(m2)} ({M2(m2)})";
}
