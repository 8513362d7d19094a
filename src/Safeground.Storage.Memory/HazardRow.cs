using Safeground.Core.Projections;

namespace Safeground.Storage.Memory;

/// <summary>A hazard projection with the row ids its feature and its released areas were written under (released areas follow in sequence).</summary>
internal sealed record HazardRow(HazardState Hazard, long Fid, long FirstReleaseFid);
