using System.Globalization;
using Safeground.Core.Text;

namespace Safeground.Core.Import;

/// <summary>Dates as field forms write them: ISO first, then the day-first forms common in Europe.</summary>
public static class DateParsing
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "yyyy/MM/dd"];

    public static DateOnly Parse(string text, string what)
    {
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var dt))
            return DateOnly.FromDateTime(dt);
        throw SafegroundException.Invalid(Texts.Render("error.import.not-date-use-yyyy-mm", ("what", what), ("text", text)));
    }
}
