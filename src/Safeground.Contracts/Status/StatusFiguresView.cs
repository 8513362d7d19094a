using Safeground.Core.Status;

namespace Safeground.Contracts;

/// <summary>
/// What the figures are: the period and day they cover ("released 2026-01-01..2026-03-31", "remaining on
/// 2026-03-31"), whether cancelled + reduced + cleared + remaining = original holds for them, and what each
/// key of a line is, records or land (<see cref="StatusFigures"/>).
/// </summary>
public sealed record StatusFiguresView(string Released, string Remaining, bool Conserved, IReadOnlyDictionary<string, string> Keys)
{
    public static StatusFiguresView From(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new StatusFiguresView(StatusFigures.Released(filter), StatusFigures.Remaining(filter), StatusFigures.Conserved(filter), StatusFigures.Describe(filter));
    }
}
