namespace Safeground.Formats.Kml;

/// <summary>A Placemark's geometry cannot be held; caught per placemark and turned into its read error.</summary>
internal sealed class KmlGeometryException(string message) : Exception(message);
