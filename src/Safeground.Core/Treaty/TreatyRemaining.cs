namespace Safeground.Core.Treaty;

/// <summary>
/// One line of the table of areas remaining on 31 December (APMBC Article 7 Form C, CCM Form F): suspected and
/// confirmed hazardous areas still open and the area that remains in them (m², ellipsoidal; land under two
/// overlapping hazards counts in each, as the forms count areas).
/// </summary>
/// <param name="Region">The region, or null for a total line.</param>
/// <param name="Type">The contamination type (StatusLine.ContaminationType: a stored code, "not-stated", or "(none)" outside hazards), or null for the total line.</param>
public sealed record TreatyRemaining(string? Region, string? Type, int SuspectedAreas, double SuspectedM2, int ConfirmedAreas, double ConfirmedM2)
{
    public int Areas => SuspectedAreas + ConfirmedAreas;

    public double M2 => SuspectedM2 + ConfirmedM2;
}
