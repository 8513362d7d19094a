using NetTopologySuite.Geometries;

namespace Safeground.Core.Ordnance;

/// <summary>
/// One find as the field reports it: category, model (e.g. PMN-2, TM-62M), how many, in what
/// condition, at what depth, where, and how it was disposed of.
/// </summary>
public sealed record EoFind(
    EoCategory Category,
    string? Model,
    int Quantity,
    EoCondition Condition,
    int? DepthCm,
    Point Position,
    Disposal Disposal);
