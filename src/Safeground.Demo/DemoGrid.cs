namespace Safeground.Demo;

/// <summary>
/// A lon/lat grid with at most one hazard per cell, each drawn within <see cref="MaxRadiusM"/> of its
/// cell centre: hazards cannot overlap, so no spatial index (and no memory of earlier hazards) is needed.
/// Cell corners are never inside a hazard, which is where spot tasks and civilian accidents go.
/// </summary>
internal sealed record DemoGrid(double Lon0, double Lat0, double CellLon, double CellLat, int Columns, int Rows)
{
    public static DemoGrid Over(double lonMin, double lonMax, double latMin, double latMax, double cellLon, double cellLat) =>
        new(lonMin, latMin, cellLon, cellLat, (int)((lonMax - lonMin) / cellLon), (int)((latMax - latMin) / cellLat));

    public int Count => Columns * Rows;

    public (double Lon, double Lat) Centre(int column, int row) => (Lon0 + (column + 0.5) * CellLon, Lat0 + (row + 0.5) * CellLat);

    public (double Lon, double Lat) Corner(int column, int row) => (Lon0 + column * CellLon, Lat0 + row * CellLat);

    public (int Column, int Row) CellOf(double lon, double lat) => ((int)Math.Floor((lon - Lon0) / CellLon), (int)Math.Floor((lat - Lat0) / CellLat));

    /// <summary>42 % of the smaller cell side: leaves a gap between neighbours and clear corners.</summary>
    public double MaxRadiusM
    {
        get
        {
            double lat = Lat0 + Rows * CellLat / 2;
            return 0.42 * Math.Min(CellLon * 111_320 * Math.Cos(lat * Math.PI / 180), CellLat * 110_574);
        }
    }
}
