namespace Safeground.Formats.GeoJson;

/// <summary>
/// Coordinates parsed before we know what they belong to ("type" may come after "coordinates"), kept
/// flat and reused from feature to feature so a million points cost no intermediate objects: positions
/// as x,y,z triples (z NaN when absent) and, in document order, the element count of every array that
/// holds arrays or positions (positions themselves get no entry).
/// </summary>
internal sealed class CoordinateBuffer
{
    private double[] ordinates = new double[3 * 256];
    private int[] counts = new int[64];

    public int PositionCount { get; private set; }

    public int CountCount { get; private set; }

    public double X(int position) => ordinates[3 * position];

    public double Y(int position) => ordinates[(3 * position) + 1];

    public double Z(int position) => ordinates[(3 * position) + 2];

    public int Count(int index) => counts[index];

    public void SetOrdinate(int ordinate, double value)
    {
        int at = (3 * PositionCount) + ordinate;
        if (at >= ordinates.Length)
        {
            Array.Resize(ref ordinates, ordinates.Length * 2);
        }

        ordinates[at] = value;
    }

    /// <summary>Ends the position whose ordinates were set; a 2-number position gets z = NaN.</summary>
    public void CommitPosition(int dimension)
    {
        if (dimension == 2)
        {
            SetOrdinate(2, double.NaN);
        }

        PositionCount++;
    }

    public int AddCount()
    {
        if (CountCount == counts.Length)
        {
            Array.Resize(ref counts, counts.Length * 2);
        }

        counts[CountCount] = 0;
        return CountCount++;
    }

    public void SetCount(int index, int value) => counts[index] = value;

    public void RemoveLastCount() => CountCount--;

    public void Truncate(int positionCount, int countCount)
    {
        PositionCount = positionCount;
        CountCount = countCount;
    }
}
