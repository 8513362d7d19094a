using Safeground.Core.Accidents;
using Safeground.Core.Hazards;
using Safeground.Core.Storage;

namespace Safeground.Core.Status;

/// <summary>
/// Where is it still dangerous, and how fast is it getting safe: hazards by class and status, area
/// cancelled, reduced, cleared and remaining, finds by category, accidents and victims.
/// </summary>
public sealed class StatusReport
{
    public required StatusGrouping Grouping { get; init; }
    public required StatusLine Total { get; init; }
    public required IReadOnlyList<StatusLine> Groups { get; init; }

    public static StatusReport Compute(ISafegroundStore store, StatusGrouping grouping)
    {
        var total = new StatusLine("total");
        var groups = new SortedDictionary<string, StatusLine>(StringComparer.Ordinal);
        StatusLine Group(string? key) => grouping == StatusGrouping.None ? total : groups.TryGetValue(key ?? "(none)", out var g) ? g : groups[key ?? "(none)"] = new StatusLine(key ?? "(none)");
        void Both(string? key, Action<StatusLine> add)
        {
            add(total);
            if (grouping != StatusGrouping.None) add(Group(key));
        }

        foreach (var h in store.Hazards())
        {
            var key = grouping switch
            {
                StatusGrouping.Region => h.Region,
                StatusGrouping.Organisation => h.OrganisationId,
                StatusGrouping.Month => Month(h.CreatedOn),
                _ => null,
            };
            Both(key, line =>
            {
                line.Hazards++;
                line.HazardsByClass[h.Class] = line.HazardsByClass.GetValueOrDefault(h.Class) + 1;
                line.HazardsByStatus[h.Status] = line.HazardsByStatus.GetValueOrDefault(h.Status) + 1;
                line.HazardsByClassAndStatus[(h.Class, h.Status)] = line.HazardsByClassAndStatus.GetValueOrDefault((h.Class, h.Status)) + 1;
                line.OriginalM2 += h.OriginalM2;
                line.RemainingM2 += h.RemainingM2;
            });
            foreach (var r in h.Releases)
            {
                var releaseKey = grouping == StatusGrouping.Month ? Month(r.Date) : key;
                Both(releaseKey, line =>
                {
                    switch (r.Method)
                    {
                        case ReleaseMethod.Cancelled: line.CancelledM2 += r.AreaM2; break;
                        case ReleaseMethod.Reduced: line.ReducedM2 += r.AreaM2; break;
                        default: line.ClearedM2 += r.AreaM2; break;
                    }
                });
            }
        }

        foreach (var f in store.Finds())
        {
            var key = grouping switch
            {
                StatusGrouping.Region => f.Region,
                StatusGrouping.Organisation => f.OrganisationId,
                StatusGrouping.Month => Month(f.Date),
                _ => null,
            };
            Both(key, line =>
            {
                line.Finds += f.Find.Quantity;
                line.FindsByCategory[f.Find.Category] = line.FindsByCategory.GetValueOrDefault(f.Find.Category) + f.Find.Quantity;
            });
        }

        foreach (var a in store.Accidents())
        {
            var key = grouping switch
            {
                StatusGrouping.Region => a.Region,
                StatusGrouping.Organisation => a.OrganisationId,
                StatusGrouping.Month => Month(a.Date),
                _ => null,
            };
            int killed = a.Accident.Victims.Count(v => v.Outcome == VictimOutcome.Killed);
            Both(key, line =>
            {
                line.Accidents++;
                line.Killed += killed;
                line.Injured += a.Accident.Victims.Count - killed;
            });
        }
        return new StatusReport { Grouping = grouping, Total = total, Groups = groups.Values.ToList() };
    }

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
