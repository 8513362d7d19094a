using NetTopologySuite.Geometries;
using Safeground.Core.Accidents;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Demo;

/// <summary>An accident planned on a hazard's timeline, written among its reports.</summary>
internal sealed record PlannedAccident(int Day, Team Team, AccidentReport Body);

/// <summary>
/// IMAS 10.60 accident reports in the patterns seen in Ukraine: excavation and tripwire accidents of
/// manual teams, AT mines under machines, farmers' tractors on AT mines, and people handling items they
/// found. Victims are fictitious; names carry no real person.
/// </summary>
internal static class DemoAccidents
{
    private static readonly string[] MaleNames = ["Oleksandr", "Serhii", "Andrii", "Volodymyr", "Mykola", "Ivan", "Dmytro", "Yurii", "Vasyl", "Petro"];
    private static readonly string[] FemaleNames = ["Olena", "Tetiana", "Nataliia", "Iryna", "Halyna", "Oksana", "Liudmyla", "Svitlana"];
    private static readonly string[] Surnames = ["Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Shevchuk", "Polishchuk", "Lysenko", "Moroz", "Marchenko", "Savchenko"];
    private static readonly string[] Weather = ["Clear, +14 °C", "Overcast, +9 °C", "Light rain, +11 °C", "Sunny, +22 °C", "Clear, +26 °C", "Wind, +17 °C"];

    /// <summary>Variant 0: excavation (AP blast); 1: tripwire (one killed, one injured); 2: AT mine under a machine; 3: dog handler.</summary>
    public static AccidentReport Demining(Random rng, int variant, DateOnly date, Point position, string town) => variant switch
    {
        0 => Report(rng, date, position, true, "Manual clearance: excavating a detector signal", AssetKind.Manual,
            "Signal excavated from above instead of from the side", "Pressure applied while excavating", false, false,
            EoCategory.ApMine, "PMN-2", 6, "Compacted clay, dry", "Excavation drill retrained; QA visit to every section of the team",
            [Victim(rng, date, Gender.Male, 24, 45, town, "Deminer", VictimOutcome.Injured, "Traumatic amputation of the left foot; fragment wounds to the hands", "Excavation")]),
        1 => Report(rng, date, position, true, "Vegetation cutting along a tree line", AssetKind.Manual,
            "Tripwire missed in dense undergrowth", "Tripwire pulled", false, false,
            EoCategory.ApMine, "OZM-72", 0, "Dense undergrowth, wet", "Tripwire feeling procedure revised; 50 m safety distance between deminers",
            [
                Victim(rng, date, Gender.Male, 28, 52, town, "Deminer", VictimOutcome.Killed, "Multiple fragment wounds", "Vegetation cutting"),
                Victim(rng, date, Gender.Male, 30, 55, town, "Section leader", VictimOutcome.Injured, "Fragment wounds to the chest and legs", "Supervising"),
            ]),
        2 => Report(rng, date, position, true, "Mechanical ground preparation with a flail", AssetKind.Mechanical,
            "AT mine under the track, outside the flail's working width", "Pressure (machine track)", false, false,
            EoCategory.AtMine, "TM-62M", 20, "Black soil, dry", "Pass overlap increased to 0.5 m; machine armour inspected",
            [Victim(rng, date, Gender.Male, 30, 58, town, "Machine operator", VictimOutcome.Injured, "Concussion and hearing loss", "Operating the machine")]),
        _ => Report(rng, date, position, true, "Mine detection dog search of a lane", AssetKind.MineDetectionDogs,
            "Handler stepped outside the cleared lane", "Pressure", false, false,
            EoCategory.ApMine, "PFM-1", 0, "Grass, dry", "Lane marking retrained; handlers stay on the verified lane",
            [Victim(rng, date, rng.Chance(0.3) ? Gender.Female : Gender.Male, 23, 45, town, "Dog handler", VictimOutcome.Injured, "Traumatic injury to the right foot", "Handling a dog")]),
    };

    /// <summary>Variant 0: tractor on an AT mine; 1: a teenager handles a grenade he found; 2: collecting firewood.</summary>
    public static AccidentReport Civilian(Random rng, int variant, DateOnly date, Point position, string town) => variant switch
    {
        0 => Report(rng, date, position, false, "Ploughing", null, "Farming land known to be suspected", "Pressure (tractor wheel)", false, false,
            EoCategory.AtMine, "TM-62M", 15, "Ploughed field, dry", "Field marked; priority clearance tasked; risk education for farmers of the hromada",
            [Victim(rng, date, Gender.Male, 45, 66, town, "Farmer (tractor driver)", VictimOutcome.Killed, "Fatal blast injuries", "Ploughing")]),
        1 => Report(rng, date, position, false, "Playing near home", null, "Found item picked up", "Handling", true, false,
            EoCategory.Uxo, "VOG-17", 0, "Garden, grass", "Risk education session at the village school",
            [Victim(rng, date, Gender.Male, 12, 16, town, "Child", VictimOutcome.Injured, "Fragment wounds to the hands and face", "Handling a found item")]),
        _ => Report(rng, date, position, false, "Collecting firewood", null, "Entered a forest belt used as a position", "Tripwire pulled", false, false,
            EoCategory.ApMine, "POM-2", 0, "Forest floor, leaves", "Forest belt marked; hromada informed",
            [Victim(rng, date, Gender.Female, 35, 70, town, "Resident", VictimOutcome.Injured, "Fragment wounds to the legs", "Collecting firewood")]),
    };

    private static AccidentReport Report(Random rng, DateOnly date, Point position, bool demining, string activity, AssetKind? asset,
        string cause, string activation, bool moved, bool marked, EoCategory category, string model, int depth, string ground,
        string corrective, IReadOnlyList<Victim> victims)
    {
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(rng.Next(8, 17), rng.Next(0, 60))), TimeSpan.Zero);
        return new AccidentReport(at, position, demining, activity, asset, cause, activation, moved, marked, category, model, depth, ground,
            rng.Pick(Weather), corrective, victims);
    }

    private static Victim Victim(Random rng, DateOnly date, Gender gender, int minAge, int maxAge, string town, string role, VictimOutcome outcome, string injuries, string activity)
    {
        int age = rng.Next(minAge, maxAge + 1);
        string first = rng.Pick(gender == Gender.Female ? FemaleNames : MaleNames);
        string last = rng.Pick(Surnames);
        if (gender == Gender.Female && last.EndsWith("uk", StringComparison.Ordinal) is false && last.EndsWith("enko", StringComparison.Ordinal) is false) last += "a";
        var born = date.AddYears(-age).AddDays(-rng.Next(0, 365)); // so the age on the day is exact
        return new Victim($"{first} {last}", gender, born, age, $"{town}, Ukraine", role, outcome, injuries, activity);
    }
}
