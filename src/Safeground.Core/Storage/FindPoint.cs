using Safeground.Core.Ordnance;

namespace Safeground.Core.Storage;

/// <summary>Where one find lies and what it is: all that a map needs to count finds per cell at low zoom.</summary>
public readonly record struct FindPoint(double Lon, double Lat, EoCategory Category);
