using System.Globalization;

namespace Safeground.Core.Import;

/// <summary>Dates as field forms write them: ISO first, then the day-first forms common in Europe.</summary>
public static class DateParsing
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "yyyy/MM/dd"];

    public static DateOnly Parse(string text, string what)
    {
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var dt))
            return DateOnly.FromDateTime(dt);
        throw SafegroundException.Invalid($"{what} '{text}' is not a date (use YYYY-MM-DD)");
    }
}
