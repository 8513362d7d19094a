using System.Text.Json;
using Safeground.Core.Kits;

namespace Safeground.Cli.Output;

/// <summary>The summary of a written kit, and what the team lead does next.</summary>
public static class KitPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Print(KitSummary s, string path, long bytes, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                kit = path, region = s.Region, hazards = s.Hazards, approvedReports = s.ApprovedReports, pendingReports = s.PendingReports,
                finds = s.Finds, accidents = s.Accidents, remainingM2 = s.RemainingM2, organisations = s.Organisations, teams = s.Teams,
                deployments = s.Deployments, users = s.Users, bytes, note = s.Note,
            }, Indented));
            return;
        }
        Console.WriteLine($"kit: wrote {path} ({bytes / 1048576.0:F1} MB) for region {s.Region}");
        Console.WriteLine($"  hazards      {Units.Count(s.Hazards)}, {Units.Ha(s.RemainingM2)} remaining");
        Console.WriteLine($"  reports      {Units.Count(s.ApprovedReports)} approved, {Units.Count(s.PendingReports)} in review (with their histories)");
        Console.WriteLine($"  finds        {Units.Count(s.Finds)}; accidents {Units.Count(s.Accidents)}");
        Console.WriteLine($"  reference    {s.Organisations} organisations, {s.Teams} teams, {s.Deployments} deployments");
        Console.WriteLine($"  users        none: national accounts do not travel");
        if (s.Note is { } note) Console.WriteLine($"  note         {note}");
        Console.WriteLine("next:");
        Console.WriteLine($"  safeground user add NAME --role admin --store {path}       (the team lead; then the team)");
        Console.WriteLine($"  safeground serve --store {path}                            (the map opens on {s.Region})");
        Console.WriteLine($"  safeground sync ...                                        (back in coverage: exchange reports with the national store)");
    }
}
