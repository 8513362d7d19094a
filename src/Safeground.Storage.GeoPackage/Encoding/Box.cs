namespace Safeground.Storage.GeoPackage.Encoding;

/// <summary>An envelope in R-tree column order.</summary>
internal readonly record struct Box(double MinX, double MaxX, double MinY, double MaxY);
