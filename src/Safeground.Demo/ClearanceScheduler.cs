using Safeground.Core.Spatial;
using Safeground.Core.Reference;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>One progress report's worth of clearance: the strip worked, the day it ended and the effort it took.</summary>
/// <remarks><see cref="CutU"/> is where the strip ends inside the hazard (NaN for the last one, which runs past the edge).</remarks>
internal sealed record StripWork(NtsGeometry Area, double AreaM2, int Day, double? DeminerDays, double? MachineHours, double CutU)
{
    /// <summary>The polygon the report states, when it is not <see cref="Area"/> (a planted mistake: see <see cref="DemoPlant"/>).</summary>
    public NtsGeometry? Drawn { get; init; }
}

/// <summary>A team's clearance of one hazard: its strips and, if it finished inside the window, the completion day.</summary>
internal sealed record ClearancePlan(Team Team, IReadOnlyList<StripWork> Strips, int? CompletionDay, int FreeDay)
{
    /// <summary>Why work stopped after the last strip (the hazard is suspended), or null.</summary>
    public string? SuspendedBecause { get; init; }
}

/// <summary>
/// Cuts a hazard's clearance task into strips across its long axis and times them by the team's
/// productivity (DOMAIN.md): manual 12–45 m² per deminer-day, machines 400–1,800 m²/h for about 5.5 h a
/// day, dogs 800–900 m² a day per pair. Teams work Monday to Saturday. The effort reported is derived from
/// the strip's area, so every report's rate is plausible by construction; dog teams report dog-team-days.
/// A strip is worked within one rotation (a report belongs to the deployment of its day, and the effort
/// check holds a deployment's reports against its own days): one that would run past the rotation's end
/// starts with the next rotation.
/// </summary>
internal static class ClearanceScheduler
{
    private const double MinStripM2 = 50; // slivers are left to the completion report

    /// <summary>A lane drawn past the edge is normal, but the check flags claims more than 10 % outside: the demo keeps well under.</summary>
    internal const double MaxOutsideShare = 0.06;

    public static ClearancePlan Plan(Random rng, HazardSketch h, Team team, int startDay, int lastDay, DateOnly day0, DemoSettings s, int rotationDays = int.MaxValue)
    {
        double deminerRate = rng.Uniform(15, 40), machineRate = rng.Uniform(400, 1_800), dogRate = rng.Uniform(800, 900);
        double hoursPerDay = rng.Uniform(4.5, 6.5);
        double dailyM2 = team.Asset switch
        {
            AssetKind.Manual => team.Size * deminerRate,
            AssetKind.Mechanical => team.Size * hoursPerDay * machineRate,
            _ => team.Size * dogRate,
        };
        int n = (int)Math.Clamp(Math.Ceiling(h.TaskM2 / (dailyM2 * s.DaysPerReport)), 1, s.MaxStrips);
        var (umin, umax) = h.Frame.ExtentU(h.Task);
        var strips = new List<StripWork>(n);
        int day = NextWorkDay(startDay, day0);
        for (int k = 0; k < n; k++)
        {
            // Lanes overlap the previous strip by half a metre and run a metre past the mapped edge (sometimes a few):
            // the projector only counts what was still hazardous, and crossing edges keeps its overlays exact.
            double u0 = umin + (umax - umin) * k / n - (k == 0 ? 2 : 0.5), u1 = umin + (umax - umin) * (k + 1) / n + (k == n - 1 ? 2 : 0);
            var within = rng.Chance(s.StickOutChance) ? DemoClip.Grow(h.Frame, h.Perimeter, rng.Uniform(2, 5)) : h.Grown;
            var area = DemoClip.Band(h.Frame, within, u0, u1);
            double m2 = Polygons.AreaM2(area);
            // A narrow lane's metre past the edge (and half a metre over the last one) can be a large share of it:
            // such lanes are drawn tight, a decimetre over, so that only what the demo plants is flagged.
            // Both ends are drawn tight: the last lane's two metres past the task run over land survey already released.
            double hazardous = Polygons.AreaM2(DemoClip.Band(h.Frame, h.Task, u0 + (k == 0 ? 2 : 0.5), u1));
            if (m2 >= MinStripM2 && (m2 - hazardous) / m2 > MaxOutsideShare)
            {
                u0 = umin + (umax - umin) * k / n - 0.1;
                if (k == n - 1) u1 = umax + 0.1;
                area = DemoClip.Band(h.Frame, DemoClip.Grow(h.Frame, h.Perimeter, 0.1), u0, u1);
                m2 = Polygons.AreaM2(area);
                if ((m2 - hazardous) / m2 > MaxOutsideShare) continue; // a sliver of a lane: left to the completion report
            }
            if (m2 < MinStripM2) continue;
            double? deminerDays = null, machineHours = null;
            double days;
            switch (team.Asset)
            {
                case AssetKind.Manual:
                    deminerDays = Math.Max(0.5, Math.Round(m2 / Math.Clamp(deminerRate * rng.Uniform(0.9, 1.1), 12, 45), 1));
                    days = deminerDays.Value / team.Size;
                    break;
                case AssetKind.Mechanical:
                    machineHours = Math.Max(0.5, Math.Round(m2 / Math.Clamp(machineRate * rng.Uniform(0.9, 1.1), 350, 2_000), 1));
                    days = machineHours.Value / (team.Size * hoursPerDay);
                    break;
                default:
                    deminerDays = Math.Max(0.5, Math.Round(m2 / Math.Clamp(dogRate * rng.Uniform(0.95, 1.05), 700, 950), 1)); // dog-team-days
                    days = deminerDays.Value / team.Size;
                    break;
            }
            int workDays = Math.Max(1, (int)Math.Ceiling(days - 0.05));
            // Rounding up a tenth must not report more than the team's people could work in those days (deployment-effort).
            if (deminerDays > team.Size * workDays) deminerDays = Math.Floor(team.Size * workDays * 10.0) / 10;
            int end = AddWorkDays(day, workDays - 1, day0);
            if (end / rotationDays != day / rotationDays)
            {
                day = NextWorkDay((end / rotationDays) * rotationDays, day0);
                end = AddWorkDays(day, workDays - 1, day0);
            }
            if (end > lastDay) return new ClearancePlan(team, strips, null, end);
            strips.Add(new StripWork(area, m2, end, deminerDays, machineHours, k == n - 1 ? double.NaN : u1));
            day = NextWorkDay(end + 1, day0);
        }
        int finished = strips.Count > 0 ? strips[^1].Day : day;
        return finished > lastDay
            ? new ClearancePlan(team, strips, null, finished)
            : new ClearancePlan(team, strips, finished, NextWorkDay(finished + 1, day0));
    }

    public static int NextWorkDay(int day, DateOnly day0)
    {
        while (day0.AddDays(day).DayOfWeek == DayOfWeek.Sunday) day++;
        return day;
    }

    private static int AddWorkDays(int day, int count, DateOnly day0)
    {
        for (int i = 0; i < count; i++) day = NextWorkDay(day + 1, day0);
        return day;
    }
}
