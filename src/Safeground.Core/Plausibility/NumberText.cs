using System.Globalization;

namespace Safeground.Core.Plausibility;

/// <summary>Numbers as a reader of a claim wants them: thousands separated, three significant digits for small ones.</summary>
public static class NumberText
{
    public static string Of(double v)
    {
        if (double.IsNaN(v) || double.IsInfinity(v)) return v.ToString(CultureInfo.InvariantCulture);
        double a = Math.Abs(v);
        if (a >= 100 || a == 0) return Math.Round(v).ToString("#,0", CultureInfo.InvariantCulture);
        // Three significant digits: 12.5, 1.67, 0.0133, 0.00057.
        int decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(a)), 0, 12);
        return Math.Round(v, decimals).ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
