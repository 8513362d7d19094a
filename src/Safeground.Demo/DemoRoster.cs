using System.Globalization;
using Safeground.Core.Reference;

namespace Safeground.Demo;

/// <summary>
/// Organisations, teams and their deployments. Names are fictitious on purpose: plausible for a state
/// service, NGOs and a commercial operator, without impersonating any real organisation. A team's
/// <see cref="Team.Size"/> is deminers, machines or dog pairs, by asset.
/// </summary>
internal sealed class DemoRoster
{
    private readonly Dictionary<string, int> _rotationCount = new(StringComparer.Ordinal);

    public List<Organisation> Organisations { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<Deployment> Deployments { get; } = [];
    /// <summary>The teams of each place (operation) or oblast (national), in roster order.</summary>
    public List<List<Team>> TeamsByArea { get; } = [];
    public int RotationDays { get; private init; } = 120;

    /// <summary>The deployment a team was on, on a day counted from the scale's first day.</summary>
    public string DeploymentOf(Team team, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"DEP-{team.Id}-{Math.Min(day / RotationDays, _rotationCount[team.Id] - 1) + 1:D2}");

    public static DemoRoster Operation(DateOnly day0)
    {
        var r = new DemoRoster();
        var places = DemoGazetteer.KharkivBorder;
        (string Id, string Name, (string Suffix, string Name, AssetKind Asset, int Size, string Raion)[] Teams, string[] Places)[] orgs =
        [
            ("ORG-SES3", "State Emergency Service – Pyrotechnic Unit 3",
                [("M1", "Pyrotechnic Unit 3 – Manual Team 1", AssetKind.Manual, 24, "Chuhuiv"), ("M2", "Pyrotechnic Unit 3 – Manual Team 2", AssetKind.Manual, 18, "Kharkiv"),
                 ("MC1", "Pyrotechnic Unit 3 – Mechanical Team 1", AssetKind.Mechanical, 2, "Chuhuiv")],
                ["Chuhuiv", "Pechenihy", "Tsyrkuny", "Rohan"]),
            ("ORG-FDGN", "Field Demining Group North",
                [("M1", "FDG North – Manual Team Alpha", AssetKind.Manual, 22, "Chuhuiv"), ("D1", "FDG North – MDD Team (4 dogs)", AssetKind.MineDetectionDogs, 2, "Chuhuiv")],
                ["Staryi Saltiv", "Vovchansk", "Velykyi Burluk"]),
            ("ORG-OGHA", "Open Ground Humanitarian Action",
                [("M1", "Open Ground – Manual Team 1", AssetKind.Manual, 16, "Kupiansk"), ("D1", "Open Ground – MDD Team (6 dogs)", AssetKind.MineDetectionDogs, 3, "Kupiansk"),
                 ("MC1", "Open Ground – Mechanical Team (flail)", AssetKind.Mechanical, 1, "Kupiansk")],
                ["Kupiansk", "Dvorichna", "Kivsharivka"]),
            ("ORG-SSC", "Steppe Shield Clearance LLC",
                [("MC1", "Steppe Shield – Mechanical Team (3 machines)", AssetKind.Mechanical, 3, "Izium"), ("M1", "Steppe Shield – Manual Team", AssetKind.Manual, 12, "Izium")],
                ["Shevchenkove", "Balakliia"]),
        ];
        foreach (var _ in places) r.TeamsByArea.Add([]);
        foreach (var (id, name, teams, orgPlaces) in orgs)
        {
            r.Organisations.Add(DemoAccreditations.Accredit(new Organisation(id, name, "UA")));
            foreach (var (suffix, teamName, asset, size, raion) in teams)
            {
                var team = new Team($"T-{id[4..]}-{suffix}", id, teamName, asset, size);
                r.Teams.Add(team);
                r.AddRotations(team, day0, 1, $"Kharkiv oblast, {raion} raion");
                foreach (var p in orgPlaces) r.TeamsByArea[IndexOf(places, p)].Add(team);
            }
        }
        return r;
    }

    public static DemoRoster National(DateOnly day0, int days, int seed)
    {
        var r = new DemoRoster();
        var rng = DemoRandom.For(seed, 9, 0);
        var oblasts = DemoGazetteer.Oblasts;
        foreach (var _ in oblasts) r.TeamsByArea.Add([]);
        int rotations = (days + r.RotationDays - 1) / r.RotationDays;
        string[] regions = ["North", "South", "East", "Centre"];
        string[] stems = ["Dnipro Field", "Polissia", "Sloboda", "Tavria", "Siverian Land", "Pryazovia", "Open Steppe", "Borysfen", "Black Soil", "Green Valley", "Clear Horizon", "Safe Harvest"];
        string[] kinds = ["Humanitarian Demining", "Mine Action Foundation", "Clearance LLC", "Demining Services"];
        for (int o = 0; o < oblasts.Count; o++)
            r.AddOrganisation(rng, string.Create(CultureInfo.InvariantCulture, $"ORG-SES-{oblasts[o].Code}"),
                $"State Emergency Service – {oblasts[o].Name} Pyrotechnic Unit", [o], 10, rotations, day0);
        for (int i = 0; i < regions.Length; i++)
            r.AddOrganisation(rng, string.Create(CultureInfo.InvariantCulture, $"ORG-FDG{i + 1}"), $"Field Demining Group {regions[i]}",
                [i % oblasts.Count, (i + 4) % oblasts.Count], 8, rotations, day0);
        for (int i = 0; i < 32; i++)
        {
            string name = $"{stems[i % stems.Length]} {kinds[(i / stems.Length + i) % kinds.Length]}";
            r.AddOrganisation(rng, string.Create(CultureInfo.InvariantCulture, $"ORG-{i + 1:D3}"), name,
                [(i * 5) % oblasts.Count, (i * 5 + 3) % oblasts.Count], 6, rotations, day0);
        }
        return r;
    }

    private void AddOrganisation(Random rng, string id, string name, int[] areas, int teams, int rotations, DateOnly day0)
    {
        Organisations.Add(DemoAccreditations.Accredit(new Organisation(id, name, "UA")));
        for (int t = 0; t < teams; t++)
        {
            // Three manual teams for each mechanical and each dog team: manual work is still most of clearance.
            var asset = (t % 5) switch { 0 or 2 or 4 => AssetKind.Manual, 1 => AssetKind.Mechanical, _ => AssetKind.MineDetectionDogs };
            int size = asset switch { AssetKind.Manual => rng.Next(10, 31), AssetKind.Mechanical => rng.Next(1, 4), _ => rng.Next(1, 4) };
            int area = areas[t % areas.Length];
            var team = new Team(string.Create(CultureInfo.InvariantCulture, $"T-{id[4..]}-{t + 1:D2}"), id,
                string.Create(CultureInfo.InvariantCulture, $"{name} – {Label(asset)} Team {t + 1}"), asset, size);
            Teams.Add(team);
            TeamsByArea[area].Add(team);
            AddRotations(team, day0, rotations, $"{DemoGazetteer.Oblasts[area].Name} oblast");
        }
    }

    private void AddRotations(Team team, DateOnly day0, int rotations, string region)
    {
        _rotationCount[team.Id] = rotations;
        for (int k = 0; k < rotations; k++)
            Deployments.Add(new Deployment(string.Create(CultureInfo.InvariantCulture, $"DEP-{team.Id}-{k + 1:D2}"), team.Id, region,
                day0.AddDays(k * RotationDays), RotationDays));
    }

    private static string Label(AssetKind asset) => asset switch
    {
        AssetKind.Manual => "Manual",
        AssetKind.Mechanical => "Mechanical",
        _ => "MDD",
    };

    private static int IndexOf(IReadOnlyList<DemoPlace> places, string hromada)
    {
        for (int i = 0; i < places.Count; i++) if (string.Equals(places[i].Hromada, hromada, StringComparison.Ordinal)) return i;
        throw new ArgumentException(hromada, nameof(hromada));
    }
}
