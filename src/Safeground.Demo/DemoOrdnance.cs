using NetTopologySuite.Geometries;
using Safeground.Core.Ordnance;

namespace Safeground.Demo;

/// <summary>What kind of contamination a hazard holds; it decides the models found and the clearance depth.</summary>
internal enum Contamination
{
    ApMinefield,
    AtMinefield,
    MixedMinefield,
    BattleArea,
    ClusterStrike,
    FormerPosition,
}

/// <summary>A catalogue entry: category, model, the depth range it is found at and how many come in one find.</summary>
internal sealed record EoModel(EoCategory Category, string Model, int DepthMin, int DepthMax, int QuantityMax);

/// <summary>
/// The ordnance seen in Ukraine since 2022, by contamination profile. Depths follow how the items are
/// laid: scatterable PFM-1 and POM-2 lie on the surface, AT mines are buried deeper than AP mines.
/// </summary>
internal static class DemoOrdnance
{
    private static readonly EoModel Pmn2 = new(EoCategory.ApMine, "PMN-2", 2, 15, 1);
    private static readonly EoModel Pfm1 = new(EoCategory.ApMine, "PFM-1", 0, 2, 1);
    private static readonly EoModel Ozm72 = new(EoCategory.ApMine, "OZM-72", 0, 10, 1);
    private static readonly EoModel Pom2 = new(EoCategory.ApMine, "POM-2", 0, 0, 1);
    private static readonly EoModel Tm62 = new(EoCategory.AtMine, "TM-62M", 10, 40, 1);
    private static readonly EoModel Tm57 = new(EoCategory.AtMine, "TM-57", 10, 35, 1);
    private static readonly EoModel Vog17 = new(EoCategory.Uxo, "VOG-17", 0, 10, 3);
    private static readonly EoModel He122 = new(EoCategory.Uxo, "122mm HE projectile", 0, 30, 1);
    private static readonly EoModel He152 = new(EoCategory.Uxo, "152mm HE projectile", 0, 30, 1);
    private static readonly EoModel Mortar120 = new(EoCategory.Uxo, "120mm mortar bomb", 0, 25, 1);
    private static readonly EoModel Sm9N210 = new(EoCategory.Submunition, "9N210", 0, 10, 2);
    private static readonly EoModel Sm9N235 = new(EoCategory.Submunition, "9N235", 0, 10, 2);
    private static readonly EoModel IedTrip = new(EoCategory.Ied, "IED (tripwire, F-1 grenade)", 0, 5, 1);
    private static readonly EoModel IedPlate = new(EoCategory.Ied, "IED (pressure plate)", 5, 20, 1);
    private static readonly EoModel AxoRpg = new(EoCategory.Axo, "PG-7V rocket (abandoned)", 0, 5, 4);
    private static readonly EoModel AxoGrenade = new(EoCategory.Axo, "RGD-5 grenade (abandoned)", 0, 5, 6);
    private static readonly EoModel AxoMortar = new(EoCategory.Axo, "82mm mortar bomb (abandoned)", 0, 10, 8);
    private static readonly EoModel Saa762 = new(EoCategory.SmallArmsAmmunition, "7.62x39mm", 0, 10, 150);
    private static readonly EoModel Saa545 = new(EoCategory.SmallArmsAmmunition, "5.45x39mm", 0, 10, 120);
    private static readonly EoModel Saa127 = new(EoCategory.SmallArmsAmmunition, "12.7x108mm", 0, 10, 30);

    private static readonly (EoModel Model, double Weight)[][] Mixes =
    [
        [(Pmn2, 50), (Pfm1, 18), (Ozm72, 10), (Pom2, 8), (Vog17, 6), (Saa545, 4), (IedTrip, 2), (AxoGrenade, 2)],
        [(Tm62, 72), (Tm57, 14), (Pmn2, 8), (He122, 3), (Saa762, 3)],
        [(Tm62, 35), (Pmn2, 30), (Ozm72, 8), (Pom2, 7), (Vog17, 8), (IedPlate, 4), (Saa545, 5), (AxoRpg, 3)],
        [(Vog17, 28), (He122, 16), (He152, 12), (Mortar120, 8), (Sm9N210, 6), (Saa762, 12), (Saa127, 6), (AxoMortar, 7), (Tm62, 3), (Pmn2, 2)],
        [(Sm9N210, 40), (Sm9N235, 35), (He122, 8), (Vog17, 10), (Pfm1, 7)],
        [(Saa545, 18), (Saa762, 10), (AxoGrenade, 14), (AxoRpg, 10), (Vog17, 14), (IedTrip, 4), (IedPlate, 2), (Ozm72, 10), (Pmn2, 12), (Pom2, 4)],
    ];

    private static readonly double[][] WeightsCache = Mixes.Select(m => m.Select(x => x.Weight).ToArray()).ToArray();

    /// <summary>The categories a surveyor would suspect from the profile: those making up at least 10 % of it.</summary>
    public static IReadOnlyList<EoCategory> Suspected(Contamination c) => SuspectedCache[(int)c];

    private static readonly IReadOnlyList<EoCategory>[] SuspectedCache = Enum.GetValues<Contamination>().Select(ComputeSuspected).ToArray();

    private static IReadOnlyList<EoCategory> ComputeSuspected(Contamination c)
    {
        var mix = Mixes[(int)c];
        double total = mix.Sum(x => x.Weight);
        return mix.GroupBy(x => x.Model.Category).Where(g => g.Sum(x => x.Weight) >= 0.1 * total)
            .Select(g => g.Key).Order().ToList();
    }

    /// <summary>The depth a team clears to for this profile (IMAS 09.10): deeper where AT mines are expected.</summary>
    public static int ClearanceDepthCm(Contamination c) => c switch
    {
        Contamination.AtMinefield or Contamination.MixedMinefield => 40,
        Contamination.BattleArea or Contamination.FormerPosition => 30,
        _ => 20,
    };

    /// <summary>
    /// The EO items a find of the profile holds on average (a find of small arms ammunition is a box of rounds): what turns
    /// finds per m² into the items per m² the density rules count.
    /// </summary>
    public static double MeanItemsPerFind(Contamination c) => MeanItemsCache[(int)c];

    private static readonly double[] MeanItemsCache = Mixes.Select(m =>
        m.Sum(x => x.Weight * (x.Model.QuantityMax == 1 ? 1 : (x.Model.QuantityMax - 1) / Math.Log(x.Model.QuantityMax))) / m.Sum(x => x.Weight)).ToArray();

    public static EoFind Make(Random rng, Contamination c, Point position)
    {
        var mix = Mixes[(int)c];
        var model = mix[rng.Weighted(WeightsCache[(int)c])].Model;
        int depth = Math.Min(rng.Next(model.DepthMin, model.DepthMax + 1), ClearanceDepthCm(c));
        if (rng.Chance(0.6)) depth = Math.Min(depth, model.DepthMin + (model.DepthMax - model.DepthMin) / 2); // most sit shallow
        int quantity = model.QuantityMax == 1 ? 1 : (int)Math.Round(rng.LogUniform(1, model.QuantityMax));
        return new EoFind(model.Category, model.Model, Math.Max(1, quantity), Condition(rng, model.Category), depth, position, Disposal(rng, model.Category));
    }

    /// <summary>A find an EOD team is called out to: ordnance left lying around, not laid mines.</summary>
    public static EoFind MakeSpot(Random rng, Point position) =>
        Make(rng, rng.Chance(0.25) ? Contamination.ClusterStrike : rng.Chance(0.5) ? Contamination.BattleArea : Contamination.FormerPosition, position);

    private static EoCondition Condition(Random rng, EoCategory category) => category switch
    {
        EoCategory.ApMine or EoCategory.AtMine => rng.Weighted([30, 50, 10, 10]) switch
        {
            0 => EoCondition.Intact, 1 => EoCondition.Armed, 2 => EoCondition.Damaged, _ => EoCondition.Deteriorated,
        },
        EoCategory.Uxo or EoCategory.Submunition => rng.Weighted([15, 50, 25, 10]) switch
        {
            0 => EoCondition.Intact, 1 => EoCondition.Fuzed, 2 => EoCondition.Damaged, _ => EoCondition.Deteriorated,
        },
        EoCategory.Ied => rng.Chance(0.7) ? EoCondition.Armed : EoCondition.Unknown,
        _ => rng.Weighted([45, 45, 10]) switch { 0 => EoCondition.Intact, 1 => EoCondition.Deteriorated, _ => EoCondition.Unknown },
    };

    // Anything unsafe to move is destroyed where it lies; small arms ammunition and abandoned stock is mostly carried off.
    private static Disposal Disposal(Random rng, EoCategory category) =>
        category is EoCategory.SmallArmsAmmunition or EoCategory.Axo
            ? rng.Chance(0.7) ? Safeground.Core.Ordnance.Disposal.Removed : Safeground.Core.Ordnance.Disposal.DestroyedInSitu
            : rng.Weighted([92, 5, 3]) switch { 0 => Safeground.Core.Ordnance.Disposal.DestroyedInSitu, 1 => Safeground.Core.Ordnance.Disposal.Removed, _ => Safeground.Core.Ordnance.Disposal.Other };
}
