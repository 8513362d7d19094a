using System.Globalization;

namespace Safeground.Core.Checks;

/// <summary>Numbers in findings' messages, written the same way by every rule (invariant culture).</summary>
internal static class CheckText
{
    public static string M2(double m2) => m2 >= 10_000
        ? (m2 / 10_000).ToString("#,0.00", CultureInfo.InvariantCulture) + " ha"
        : m2.ToString("#,0.##", CultureInfo.InvariantCulture) + " m²";

    public static string Number(double x) => x.ToString(Math.Abs(x) >= 100 ? "#,0" : Math.Abs(x) >= 1 ? "#,0.##" : "0.#####", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
