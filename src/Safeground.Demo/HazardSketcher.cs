using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Reference;

namespace Safeground.Demo;

/// <summary>
/// Draws a hazard's story from its own random stream: polygon, evidence, contamination and the
/// survey steps. Roughly: 6 % are cancelled whole by NTS, 45 % lose a part to NTS, 55 % lose a part
/// to technical survey; what is left is the clearance task.
/// </summary>
internal static class HazardSketcher
{
    private static readonly (EvidenceType Type, EvidenceSource Source, string Note)[] Direct =
    [
        (EvidenceType.EoSeen, EvidenceSource.Visual, "Mines seen on the surface by the survey team"),
        (EvidenceType.EoSeen, EvidenceSource.Verbal, "Farmer reports mines along the tree line"),
        (EvidenceType.ReportedDetonation, EvidenceSource.Verbal, "Residents report a detonation under a tractor"),
        (EvidenceType.Accident, EvidenceSource.Records, "Police record of a mine accident"),
    ];

    private static readonly (EvidenceType Type, EvidenceSource Source, string Note)[] Indirect =
    [
        (EvidenceType.Marking, EvidenceSource.Visual, "Improvised warning signs at the field edge"),
        (EvidenceType.Craters, EvidenceSource.Visual, "Artillery craters across the field"),
        (EvidenceType.Scrap, EvidenceSource.Visual, "Fragments and packaging of ordnance"),
        (EvidenceType.DamagedInfrastructure, EvidenceSource.Visual, "Destroyed farm buildings and power line"),
        (EvidenceType.UnusedProductiveLand, EvidenceSource.Verbal, "Not farmed since 2022 for fear of mines"),
        (EvidenceType.Craters, EvidenceSource.Records, "Former front line on military records"),
        (EvidenceType.Marking, EvidenceSource.Verbal, "Village head reports marked positions"),
    ];

    private static readonly double[] ProfileWeights = [20, 18, 14, 28, 10, 10];

    private const double MaxItemsPerM2 = 0.04;

    public static HazardSketch Sketch(int seed, DemoSettings s, int index, string id, string name, string region, Team team, double lon, double lat, double maxRadiusM, int createDay)
    {
        var rng = DemoRandom.For(seed, 1, index);
        var frame = new DemoFrame(lon, lat, rng.Uniform(0, Math.PI));
        double hectares = rng.Chance(0.6) ? rng.LogUniform(s.MinHectares, 5) : rng.Chance(0.75) ? rng.Uniform(5, 15) : rng.Uniform(15, s.MaxHectares);
        var perimeter = DemoShapes.Hazard(rng, frame, Math.Min(hectares, s.MaxHectares) * 10_000, maxRadiusM, s.MinVertices, s.MaxVertices, s.HoleChance, s.MultiChance, s.ConvexFields);

        var profile = (Contamination)rng.Weighted(ProfileWeights);
        bool cha = rng.Chance(0.35);
        var evidence = new List<Evidence>();
        if (cha) foreach (var e in PickSome(rng, Direct, 1, 2)) evidence.Add(e);
        foreach (var e in PickSome(rng, Indirect, cha ? 0 : 1, 3)) evidence.Add(e);
        double density = cha
            ? rng.Chance(0.05) ? rng.LogUniform(0.005, 0.02) : rng.LogUniform(0.0005, 0.004)
            : rng.Chance(0.45) ? 0 : rng.LogUniform(0.0001, 0.001);
        // At most 0.04 items per m² (finds times the items each holds): dense, yet well under the 0.1 a data manager reviews.
        density = Math.Min(density * s.DensityFactor, MaxItemsPerM2 / DemoOrdnance.MeanItemsPerFind(profile));

        int? amendDay = rng.Chance(0.12) ? createDay + rng.Next(1, 21) : null;
        var amendEvidence = amendDay is null ? [] : PickSome(rng, rng.Chance(0.5) ? Direct : Indirect, 1, 1);
        int? cancelDay = null, surveyDay = null;
        var (umin, umax) = frame.ExtentU(perimeter);
        double cancelTo = umin - 10, reduceFrom = umax + 10; // the task is the band between what NTS and TS release
        if (rng.Chance(0.06))
        {
            cancelDay = createDay + rng.Next(5, 41);
        }
        else
        {
            if (rng.Chance(0.45))
            {
                cancelDay = createDay + rng.Next(3, 31);
                cancelTo = umin + rng.Uniform(0.15, 0.5) * (umax - umin);
            }
            if (rng.Chance(0.55))
            {
                surveyDay = Math.Max(createDay, cancelDay ?? 0) + rng.Next(2, 26);
                reduceFrom = umax - rng.Uniform(0.1, 0.4) * (umax - umin);
            }
        }
        // Steps that would fall after the window never happen.
        int last = s.Days - 1;
        if (cancelDay > last) { cancelDay = null; cancelTo = umin - 10; }
        if (surveyDay > last) { surveyDay = null; reduceFrom = umax + 10; }
        if (amendDay > last) amendDay = null;
        bool whole = cancelDay is not null && cancelTo < umin;
        var grown = DemoClip.Grow(frame, perimeter, 1.0);
        var cancelled = cancelDay is null || whole ? null : Claim(frame, perimeter, grown, umin - 10, cancelTo);
        var reduced = surveyDay is null ? null : Claim(frame, perimeter, grown, reduceFrom, umax + 10);
        var task = cancelled is null && reduced is null ? perimeter : DemoClip.Band(frame, perimeter, cancelTo, reduceFrom);

        return new HazardSketch
        {
            Index = index, Id = id, Name = name, Region = region, Team = team, Frame = frame, Perimeter = perimeter, Grown = grown,
            Class = cha ? HazardClass.Cha : HazardClass.Sha, Evidence = evidence, Profile = profile, Density = density,
            CreateDay = createDay, AmendDay = amendDay, AmendEvidence = amendEvidence,
            CancelDay = cancelDay, Cancelled = cancelled, SurveyDay = surveyDay, Reduced = reduced,
            SurveyFinds = surveyDay is not null && density > 0 ? rng.Next(1, 5) : 0,
            Cuts = [.. cancelled is null ? Array.Empty<double>() : [cancelTo], .. reduced is null ? Array.Empty<double>() : [reduceFrom]],
            Task = task, TaskM2 = Polygons.AreaM2(task),
            ReadyDay = Math.Max(createDay, Math.Max(cancelDay ?? 0, surveyDay ?? 0)) + rng.Next(1, 8),
        };
    }

    // A claim cut from the perimeter grown by a metre; a small one, whose metre past the edge would be a large share
    // of it (the check flags more than 10 % outside), is drawn a decimetre past the edge instead.
    private static NetTopologySuite.Geometries.Geometry Claim(DemoFrame frame, NetTopologySuite.Geometries.Geometry perimeter,
        NetTopologySuite.Geometries.Geometry grown, double u0, double u1)
    {
        var band = DemoClip.Band(frame, grown, u0, u1);
        double m2 = Polygons.AreaM2(band);
        if (m2 <= 0 || (m2 - Polygons.AreaM2(DemoClip.Band(frame, perimeter, u0, u1))) / m2 <= ClearanceScheduler.MaxOutsideShare) return band;
        return DemoClip.Band(frame, DemoClip.Grow(frame, perimeter, 0.1), u0, u1);
    }

    private static List<Evidence> PickSome(Random rng, (EvidenceType Type, EvidenceSource Source, string Note)[] from, int min, int max)
    {
        int n = rng.Next(min, max + 1);
        var picked = new List<Evidence>(n);
        int start = rng.Next(from.Length);
        for (int i = 0; i < n && i < from.Length; i++)
        {
            var (type, source, note) = from[(start + i) % from.Length];
            picked.Add(new Evidence(type, source, note));
        }
        return picked;
    }
}
