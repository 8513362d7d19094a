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
        Console.WriteLine(Texts.Render("cli.kit.wrote", ("path", path), ("size", Units.Megabytes(bytes)), ("region", s.Region)));
        Console.WriteLine(Texts.Render("cli.kit.hazards", ("count", s.Hazards), ("remaining", Units.Ha(s.RemainingM2))));
        Console.WriteLine(Texts.Render("cli.kit.reports", ("approved", s.ApprovedReports), ("pending", s.PendingReports)));
        Console.WriteLine(Texts.Render("cli.kit.finds", ("finds", s.Finds), ("accidents", s.Accidents)));
        Console.WriteLine(Texts.Render("cli.kit.reference", ("organisations", s.Organisations), ("teams", s.Teams), ("deployments", s.Deployments)));
        Console.WriteLine(Texts.Render("cli.kit.users"));
        if (s.Note is { } note) Console.WriteLine(Texts.Render("cli.kit.note", ("note", note)));
        Console.WriteLine(Texts.Render("cli.kit.next"));
        // The commands are typed as shown; their explanations are texts, aligned after the widest command.
        string user = $"safeground user add NAME --role admin --store {path}", serve = $"safeground serve --store {path}", sync = "safeground sync ...";
        int width = user.Length;
        Console.WriteLine(Texts.Render("cli.kit.next.user", ("command", user)));
        Console.WriteLine(Texts.Render("cli.kit.next.serve", ("command", serve.PadRight(width)), ("region", s.Region)));
        Console.WriteLine(Texts.Render("cli.kit.next.sync", ("command", sync.PadRight(width))));
    }
}
