using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Treaty;

/// <summary>
/// The figures of the annual treaty report tables (APMBC Article 7 Form C, CCM Article 7 Form F) as data: areas
/// remaining on 31 December, land released during the year by method, and explosive ordnance found and disposed of,
/// each by region and contamination type, then by type over all regions, then the total. Every figure is a
/// <see cref="StatusReport"/>'s: a region's lines add up to <c>status --as-of YYYY-12-31 --by region</c> and
/// <c>status --from YYYY-01-01 --to YYYY-12-31 --by region</c>, and a type's to <c>status ... --by type</c>.
/// </summary>
public sealed class TreatyFigures
{
    public required TreatyRequest Request { get; init; }

    /// <summary>The roll-up every table is read from: by region split by type, over the year.</summary>
    public required StatusReport Status { get; init; }

    public required IReadOnlyList<TreatyRemaining> Remaining { get; init; }
    public required IReadOnlyList<TreatyRemaining> RemainingByType { get; init; }
    public required TreatyRemaining RemainingTotal { get; init; }
    public required IReadOnlyList<TreatyReleased> Released { get; init; }
    public required IReadOnlyList<TreatyReleased> ReleasedByType { get; init; }
    public required TreatyReleased ReleasedTotal { get; init; }
    public required IReadOnlyList<TreatyOrdnance> Ordnance { get; init; }
    public required IReadOnlyList<TreatyOrdnance> OrdnanceByType { get; init; }
    public required TreatyOrdnance OrdnanceTotal { get; init; }

    /// <summary>The tables of <paramref name="request"/>'s year and scope, in one pass over the store.</summary>
    /// <param name="rules">The rules hazards are replayed with as on 31 December (the store's: StoredProgramme.Of).</param>
    /// <exception cref="SafegroundException">Invalid: the store has nothing for that year and scope (no hazard recorded by its end, nothing released or found in it).</exception>
    public static TreatyFigures Compute(ISafegroundStore store, TreatyRequest request, ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        string year = request.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (request.Year is < 1 or > 9998) throw SafegroundException.Invalid(Texts.Render("error.treaty.year", ("year", year)));
        var status = StatusReport.Compute(store, StatusGrouping.Region, request.DuringYear, rules, byContaminationType: true);
        var total = status.Total;
        if (total.Hazards == 0 && total.ReleasedM2 <= 0 && total.Finds == 0)
            throw SafegroundException.Invalid(Texts.Render("error.treaty.no-data", ("year", year), ("location", store.Location)));
        // A type's line over all regions: the sum of its regions' lines (each region's lines add up to the region's figures).
        var byType = status.Groups.GroupBy(g => g.ContaminationType ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Sum(g.Key, g)).ToList();
        // Lines with nothing to report in a table are left out of it; the total line is the roll-up's own total.
        return new TreatyFigures
        {
            Request = request,
            Status = status,
            Remaining = status.Groups.Select(RemainingOf).Where(r => r.Areas > 0 || r.M2 > 0).ToList(),
            RemainingByType = byType.Select(RemainingOf).Where(r => r.Areas > 0 || r.M2 > 0).Select(r => r with { Region = null }).ToList(),
            RemainingTotal = RemainingOf(total) with { Region = null, Type = null },
            Released = status.Groups.Select(ReleasedOf).Where(r => r.ReleasedM2 > 0).ToList(),
            ReleasedByType = byType.Select(ReleasedOf).Where(r => r.ReleasedM2 > 0).Select(r => r with { Region = null }).ToList(),
            ReleasedTotal = ReleasedOf(total) with { Region = null, Type = null },
            Ordnance = status.Groups.Select(OrdnanceOf).Where(r => r.Total > 0).ToList(),
            OrdnanceByType = byType.Select(OrdnanceOf).Where(r => r.Total > 0).Select(r => r with { Region = null }).ToList(),
            OrdnanceTotal = OrdnanceOf(total) with { Region = null, Type = null },
        };
    }

    /// <summary>Areas still open on the day (any status but closed) and the m² remaining in them, by class.</summary>
    public static TreatyRemaining RemainingOf(StatusLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int Open(HazardClass c) => line.HazardsByClassAndStatus.Where(kv => kv.Key.Class == c && kv.Key.Status != HazardStatus.Closed).Sum(kv => kv.Value);
        return new TreatyRemaining(line.Key, line.ContaminationType, Open(HazardClass.Sha), line.RemainingM2ByClass.GetValueOrDefault(HazardClass.Sha),
            Open(HazardClass.Cha), line.RemainingM2ByClass.GetValueOrDefault(HazardClass.Cha));
    }

    public static TreatyReleased ReleasedOf(StatusLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new TreatyReleased(line.Key, line.ContaminationType, line.CancelledM2, line.ReducedM2, line.ClearedM2);
    }

    public static TreatyOrdnance OrdnanceOf(StatusLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new TreatyOrdnance(line.Key, line.ContaminationType, new SortedDictionary<EoCategory, long>(line.FindsByCategory));
    }

    // The figures the tables read, summed over lines (a type's regions).
    private static StatusLine Sum(string type, IEnumerable<StatusLine> lines)
    {
        var sum = new StatusLine("") { ContaminationType = type };
        foreach (var line in lines)
        {
            foreach (var (key, n) in line.HazardsByClassAndStatus) sum.HazardsByClassAndStatus[key] = sum.HazardsByClassAndStatus.GetValueOrDefault(key) + n;
            foreach (var (key, m2) in line.RemainingM2ByClass) sum.RemainingM2ByClass[key] = sum.RemainingM2ByClass.GetValueOrDefault(key) + m2;
            foreach (var (key, n) in line.FindsByCategory) sum.FindsByCategory[key] = sum.FindsByCategory.GetValueOrDefault(key) + n;
            sum.RemainingM2 += line.RemainingM2;
            sum.CancelledM2 += line.CancelledM2;
            sum.ReducedM2 += line.ReducedM2;
            sum.ClearedM2 += line.ClearedM2;
            sum.Finds += line.Finds;
        }
        return sum;
    }
}
