namespace Safeground.Core.Reports;

/// <summary>
/// The one order in which reports are replayed: date of information, then submission time, then id
/// (ordinal), so that a rebuild always gives the same state.
/// </summary>
public sealed class ReplayOrder : IComparer<Report>
{
    public static ReplayOrder Instance { get; } = new();

    public int Compare(Report? x, Report? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = x.DateOfInformation.CompareTo(y.DateOfInformation);
        if (c != 0) return c;
        c = x.SubmittedAt.CompareTo(y.SubmittedAt);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
