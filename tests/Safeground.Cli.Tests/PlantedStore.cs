using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary>
/// A demo store (made once per test class by <c>safeground demo</c>) with planted, distinctive personal data and secrets:
/// an approved and a pending accident report of one organisation naming a victim with date of birth, address and phone,
/// admins and a data manager with password hashes, an API token and an audit line. Tests copy it and scan every output.
/// </summary>
public sealed class PlantedStore : IDisposable
{
    public const string Password = "planted password 1";
    public const string Approved = "R-PII-APPROVED";
    public const string Pending = "R-PII-PENDING";

    /// <summary>Strings that identify a victim (both reports): none may leave without an admin's consent.</summary>
    public static readonly string[] Personal = ["Quorrbeck", "Quorrpending", "1971-07-13", "Testova", "555 0199"];

    private readonly TempDir _dir = new();

    public PlantedStore()
    {
        var demo = CliRun.Run(_dir.Path, "demo", "--store", "source.gpkg", "--no-status");
        if (demo.ExitCode != 0) throw new InvalidOperationException(demo.ToString());
        using var store = GeoPackageStore.Open(Source, create: false);
        var hazard = HazardOf(store);
        Region = hazard.Region!;
        Organisation = hazard.OrganisationId;
        OtherOrganisation = store.Organisations().First(o => o.Id != Organisation).Id;
        Plant(store, Approved, "Zinovia Quorrbeck", approve: true);
        Plant(store, Pending, "Zinovia Quorrpending", approve: false);
        UserAccounts.Add(store, "admin.own", null, Role.Admin, Organisation, Password, DateTimeOffset.UtcNow, iterations: 1000);
        UserAccounts.Add(store, "manager", null, Role.DataManager, null, Password, DateTimeOffset.UtcNow, iterations: 1000);
        var (token, _) = UserAccounts.IssueToken(store, "manager", "script", 30, DateTimeOffset.UtcNow);
        using (var tx = store.BeginWrite())
        {
            tx.AppendAudit(new AuditEntry(DateTimeOffset.UtcNow, "manager", "10.9.8.7", "POST", "/api/v1/audit-marker-xyzzy", "POST /x", Approved, 200));
            tx.Commit();
        }
        Secrets = [.. store.Users().Select(u => store.FindUser(u.Username)!.PasswordHash), TokenSecret.Hash(token), "audit-marker-xyzzy", "10.9.8.7"];
    }

    public string Source => _dir.File("source.gpkg");
    public string Region { get; }
    public string Organisation { get; }
    public string OtherOrganisation { get; }

    /// <summary>Every password and token hash of the store and its audit marker: never in an export or a kit.</summary>
    public IReadOnlyList<string> Secrets { get; }

    private static Core.Projections.HazardState HazardOf(GeoPackageStore store) =>
        store.Hazards().First(h => h.Status != HazardStatus.Closed && h.Region is not null);

    /// <summary>An accident report naming <paramref name="name"/> (with the planted birth date, address and phone) on the planted hazard.</summary>
    public static void Plant(GeoPackageStore store, string id, string name, bool approve)
    {
        var lifecycle = new ReportLifecycle(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store));
        lifecycle.Submit(Accident(id, HazardOf(store), name));
        if (approve) lifecycle.Approve(id, new Core.Access.User("data.manager", "Data manager", Core.Access.Role.DataManager, null, false, DateTimeOffset.UnixEpoch));
    }

    private static Report Accident(string id, Core.Projections.HazardState hazard, string name) =>
        new(id, hazard.HazardId, hazard.OrganisationId, null, null, hazard.LastReportOn, DateTimeOffset.UtcNow.AddMinutes(-5), "team.lead",
            new AccidentReport(new DateTimeOffset(hazard.LastReportOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), hazard.Remaining.InteriorPoint, true,
                "excavation", AssetKind.Manual, "missed signal", "pressure", false, true, Core.Ordnance.EoCategory.ApMine, "PMN-2", 5, "dry", "sunny", "retraining",
                [new Victim(name, Gender.Female, new DateOnly(1971, 7, 13), 54, "17 Testova St, Kyiv, tel +380 44 555 0199", "deminer", VictimOutcome.Injured, "foot", "excavation")]));

    /// <summary>A copy of the planted store in <paramref name="dir"/>.</summary>
    internal string CopyTo(TempDir dir, string name = "s.gpkg")
    {
        File.Copy(Source, dir.File(name));
        return name;
    }

    /// <summary>A file as anyone who finds it reads it: its bytes, and those of a -wal beside it, if any.</summary>
    public static string Raw(string path) =>
        string.Concat(new[] { path, path + "-wal" }.Where(File.Exists).Select(p => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(p))));

    public static IEnumerable<string> Found(string text, IEnumerable<string> strings) => strings.Where(s => text.Contains(s, StringComparison.Ordinal));

    public void Dispose() => _dir.Dispose();
}
