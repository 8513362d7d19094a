namespace Safeground.Core.Reference;

/// <summary>
/// An administrative unit (oblast, raion, entity, canton) as the authority draws it: roll-ups by
/// region place hazards, releases, finds and accidents by this boundary, not by the name a report carries.
/// </summary>
/// <param name="Name">The unit's name, unique in the store; it is the group key of a roll-up by region.</param>
/// <param name="Boundary">A valid polygonal geometry in lon/lat (WGS84).</param>
public sealed record Region(string Name, NetTopologySuite.Geometries.Geometry Boundary);
