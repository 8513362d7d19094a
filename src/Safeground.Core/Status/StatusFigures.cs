using Safeground.Core.Text;

namespace Safeground.Core.Status;

/// <summary>
/// What each figure of a <see cref="StatusReport"/> is, in words: which day or period it covers and whether it
/// sums hazard records (land under two overlapping hazards counts twice) or measures land (their union). The
/// same words for <c>safeground status</c>, its <c>--json</c> and the server's roll-ups, so a reader signing a
/// figure knows what it says.
/// </summary>
public static class StatusFigures
{
    /// <summary>"released 2026-01-01..2026-03-31", "released up to 2026-03-31", "released since 2026-01-01" or "released to date".</summary>
    public static string Released(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (filter.From, filter.To) switch
        {
            ({ } from, { } to) => Texts.Render("status.released-between", ("from", from), ("to", to)),
            (null, { } to) => Texts.Render("status.released-up-to", ("to", to)),
            ({ } from, null) => Texts.Render("status.released-since", ("from", from)),
            _ => Texts.Render("status.released-to-date"),
        };
    }

    /// <summary>"remaining on 2026-03-31" (the period's end) or "remaining today".</summary>
    public static string Remaining(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.AsOf is { } day ? Texts.Render("status.remaining-on", ("day", day)) : Texts.Render("status.remaining-today");
    }

    /// <summary>"on 2026-03-31" (the period's end) or "today": when the remaining figures stand.</summary>
    public static string When(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.AsOf is { } day ? Texts.Render("status.on", ("day", day)) : Texts.Render("status.today");
    }

    /// <summary>"recorded by 2026-03-31, as on that day" or "recorded to date".</summary>
    public static string Recorded(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.AsOf is { } day ? Texts.Render("status.recorded-by", ("day", day)) : Texts.Render("status.recorded-to-date");
    }

    /// <summary>
    /// Whether cancelled + reduced + cleared + remaining = original holds for these figures: only when the
    /// releases counted are all those up to the day the remaining area is taken (no period start).
    /// </summary>
    public static bool Conserved(StatusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.From is null;
    }

    /// <summary>Each figure's key (as in a roll-up line: Safeground.Contracts.StatusLineView) and what it is.</summary>
    public static IReadOnlyDictionary<string, string> Describe(StatusFilter filter)
    {
        // The period is a phrase of its own (status.released-*, status.remaining-*), placed whole where each sentence's
        // grammar puts it in the translation, so a period has one wording wherever it shows.
        string released = Released(filter), remaining = Remaining(filter), recorded = Recorded(filter);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["hazards"] = Texts.Render("status.figure.hazards", ("recorded", recorded)),
            ["originalM2"] = Texts.Render("status.figure.original", ("recorded", recorded)),
            ["cancelledM2"] = Texts.Render("status.figure.cancelled", ("released", released)),
            ["reducedM2"] = Texts.Render("status.figure.reduced", ("released", released)),
            ["clearedM2"] = Texts.Render("status.figure.cleared", ("released", released)),
            ["remainingM2"] = Texts.Render("status.figure.remaining", ("remaining", remaining)),
            ["remainingLandM2"] = Texts.Render("status.figure.remaining-land", ("remaining", remaining)),
            ["countedTwiceM2"] = Texts.Render("status.figure.counted-twice", ("remaining", remaining)),
        };
    }
}
