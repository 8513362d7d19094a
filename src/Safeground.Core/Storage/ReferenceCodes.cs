using System.Globalization;
using Safeground.Core.Reference;

namespace Safeground.Core.Storage;

/// <summary>
/// How stores write an organisation's accreditations and a team's roles in one text column each: short lists read
/// whole with their row, and the same words the CLI and JSON use ("clearance@2027-12-31;eod", "team-leader=1;deminer=8"),
/// so a person reading the table in QGIS can follow them. Null for an empty list.
/// </summary>
public static class ReferenceCodes
{
    public static string? Of(IReadOnlyList<Accreditation> accreditations)
    {
        ArgumentNullException.ThrowIfNull(accreditations);
        return accreditations.Count == 0 ? null : string.Join(';', accreditations.Select(a =>
            a.ValidUntil is { } until ? $"{StoredNames.Of(a.Activity)}@{until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : StoredNames.Of(a.Activity)));
    }

    public static IReadOnlyList<Accreditation> Accreditations(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split(';').Select(part =>
        {
            int at = part.IndexOf('@', StringComparison.Ordinal);
            return at < 0
                ? new Accreditation(StoredNames.Parse<Activity>(part))
                : new Accreditation(StoredNames.Parse<Activity>(part[..at]), DateOnly.ParseExact(part[(at + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        })];

    public static string? Of(IReadOnlyList<RoleCount> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Count == 0 ? null : string.Join(';', roles.Select(r => $"{StoredNames.Of(r.Role)}={r.Count.ToString(CultureInfo.InvariantCulture)}"));
    }

    public static IReadOnlyList<RoleCount> Roles(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split(';').Select(part =>
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            return new RoleCount(StoredNames.Parse<TeamRole>(part[..eq]), int.Parse(part[(eq + 1)..], CultureInfo.InvariantCulture));
        })];
}
