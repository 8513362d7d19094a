using NetTopologySuite.Operation.Valid;
using Safeground.Core.Projections;
using Safeground.Core.Rules;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// geometry-invalid and geometry-degenerate on the stored hazard polygons. The replay repairs what the
/// reports drew (and flags it); this catches polygons that reached the store another way (legacy
/// records, another store's sync) and hazards so small they are a sliver or a point digitised as an area.
/// </summary>
internal sealed class GeometryChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.GeometryInvalid) || sink.IsEnabled(RuleIds.GeometryDegenerate);

    public override void Hazard(HazardState hazard, CheckContext context, FindingSink sink)
    {
        if (sink.IsEnabled(RuleIds.GeometryInvalid))
        {
            Valid(hazard, "field.original-polygon", hazard.Original, sink);
            Valid(hazard, "field.remaining-polygon", hazard.Remaining, sink);
        }
        if (sink.IsEnabled(RuleIds.GeometryDegenerate))
        {
            double limit = sink.Threshold(RuleIds.GeometryDegenerate);
            if (hazard.OriginalM2 < limit)
                sink.Add(RuleIds.GeometryDegenerate, RecordRef.Hazard(hazard.HazardId),
                    "check.geometry-degenerate", TextArgs.Of(("hazard", hazard.HazardId), ("area", hazard.OriginalM2), ("limit", limit)),
                    hazard.OriginalM2, limit);
        }
    }

    private static void Valid(HazardState hazard, string which, NtsGeometry g, FindingSink sink)
    {
        if (g.IsEmpty) return;
        var op = new IsValidOp(g);
        if (op.IsValid) return;
        var e = op.ValidationError;
        var error = e?.Message.ToLowerInvariant() ?? "invalid";
        sink.Add(RuleIds.GeometryInvalid, RecordRef.Hazard(hazard.HazardId), e?.Coordinate is { } c
                ? "check.geometry-invalid.at" : "check.geometry-invalid",
            TextArgs.Of(("hazard", hazard.HazardId), ("which", which), ("error", error),
                ("where", e?.Coordinate is { } p ? FormattableString.Invariant($"{p.X:0.######} {p.Y:0.######}") : "")));
    }
}
