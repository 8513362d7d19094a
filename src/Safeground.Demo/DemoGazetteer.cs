namespace Safeground.Demo;

/// <summary>A hromada the operation works in: where its hazards cluster, and villages to name fields after.</summary>
internal sealed record DemoPlace(string Hromada, string Raion, double Lon, double Lat, double Weight, string[] Villages);

/// <summary>A contaminated oblast at national scale: a lon/lat box holding its cell grid, and raion centres.</summary>
internal sealed record DemoOblast(string Code, string Name, double LonMin, double LonMax, double LatMin, double LatMax, double Weight, (string Raion, double Lon, double Lat)[] Raions);

/// <summary>
/// Real place names (approximate centres) so the demo reads like the operation it imitates. The
/// boxes are coarse: they only need to keep hazards on land in the right oblast.
/// </summary>
internal static class DemoGazetteer
{
    public static IReadOnlyList<DemoPlace> KharkivBorder { get; } =
    [
        new("Chuhuiv", "Chuhuiv", 36.69, 49.84, 1.0, ["Kochetok", "Zarozhne", "Osnova", "Korobochkyne", "Malynivka"]),
        new("Pechenihy", "Chuhuiv", 36.94, 49.87, 0.8, ["Martove", "Pyatnytske", "Artemivka", "Bilyi Kolodiaz"]),
        new("Staryi Saltiv", "Chuhuiv", 36.79, 50.08, 1.1, ["Rubizhne", "Verkhnii Saltiv", "Molodova", "Ivanivka", "Kyrykivka"]),
        new("Vovchansk", "Chuhuiv", 36.94, 50.29, 1.3, ["Vovchanski Khutory", "Starytsia", "Tykhe", "Buhruvatka", "Ohirtseve"]),
        new("Tsyrkuny", "Kharkiv", 36.38, 50.10, 1.0, ["Ruski Tyshky", "Cherkaski Tyshky", "Lypivka", "Peremoha"]),
        new("Rohan", "Kharkiv", 36.49, 49.91, 0.6, ["Mala Rohan", "Vilkhivka", "Byrky", "Rohan"]),
        new("Velykyi Burluk", "Kupiansk", 37.39, 50.06, 0.9, ["Vilkhuvatka", "Ambarne", "Zemlianky", "Nyzhnia Pysarivka"]),
        new("Dvorichna", "Kupiansk", 37.68, 49.85, 1.2, ["Kamianka", "Novomlynsk", "Zapadne", "Krasne Pershe", "Lyman Pershyi"]),
        new("Kupiansk", "Kupiansk", 37.61, 49.71, 1.2, ["Petropavlivka", "Kurylivka", "Podoly", "Kindrashivka", "Synkivka"]),
        new("Shevchenkove", "Kupiansk", 37.17, 49.70, 0.8, ["Hrakove", "Kyiashkivske", "Bulatselivka", "Mykolaivka"]),
        new("Balakliia", "Izium", 36.86, 49.52, 1.0, ["Verbivka", "Yakovenkove", "Volokhiv Yar", "Husarivka", "Savyntsi"]),
        new("Kivsharivka", "Kupiansk", 37.68, 49.63, 0.7, ["Horokhovatka", "Borshchivka", "Pishchane", "Kupiansk-Vuzlovyi"]),
    ];

    public static IReadOnlyList<DemoOblast> Oblasts { get; } =
    [
        new("KH", "Kharkiv", 35.4, 38.0, 48.9, 50.4, 22, [("Kharkiv", 36.23, 49.99), ("Chuhuiv", 36.69, 49.84), ("Kupiansk", 37.61, 49.71), ("Izium", 37.26, 49.21), ("Bohodukhiv", 35.53, 50.16), ("Lozova", 36.27, 48.89), ("Krasnohrad", 35.45, 49.37)]),
        new("DN", "Donetsk", 36.6, 38.6, 47.0, 49.2, 18, [("Kramatorsk", 37.56, 48.72), ("Bakhmut", 38.00, 48.59), ("Pokrovsk", 37.18, 48.28), ("Volnovakha", 37.50, 47.60)]),
        new("LH", "Luhansk", 38.0, 39.5, 48.8, 49.9, 6, [("Sievierodonetsk", 38.49, 48.95), ("Svatove", 38.16, 49.41), ("Starobilsk", 38.91, 49.28)]),
        new("ZP", "Zaporizhzhia", 34.8, 36.6, 47.1, 48.1, 12, [("Zaporizhzhia", 35.14, 47.84), ("Polohy", 36.26, 47.48), ("Vasylivka", 35.28, 47.44)]),
        new("KS", "Kherson", 32.3, 34.6, 46.5, 47.6, 14, [("Kherson", 32.62, 46.64), ("Beryslav", 33.42, 46.84)]),
        new("MK", "Mykolaiv", 31.0, 33.0, 46.6, 47.9, 10, [("Mykolaiv", 31.99, 46.97), ("Bashtanka", 32.44, 47.41), ("Voznesensk", 31.33, 47.57)]),
        new("CH", "Chernihiv", 30.6, 33.0, 50.9, 52.0, 6, [("Chernihiv", 31.29, 51.49), ("Nizhyn", 31.89, 51.05), ("Koriukivka", 32.25, 51.77), ("Novhorod-Siverskyi", 33.26, 51.99)]),
        new("SM", "Sumy", 33.5, 35.2, 50.4, 51.8, 5, [("Sumy", 34.80, 50.91), ("Okhtyrka", 34.90, 50.31), ("Konotop", 33.20, 51.24), ("Shostka", 33.48, 51.86)]),
        new("KV", "Kyiv", 29.6, 31.0, 50.3, 51.3, 7, [("Bucha", 30.21, 50.55), ("Vyshhorod", 30.49, 50.58), ("Brovary", 30.79, 50.51)]),
    ];

    /// <summary>Field features a surveyor names a polygon after.</summary>
    public static IReadOnlyList<string> Features { get; } =
    [
        "north field", "south field", "tree line", "forest belt", "orchard", "field by the road", "power line corridor",
        "former position", "bridge approach", "farm yard", "gully", "river bank", "sunflower field", "wheat field",
        "railway embankment", "cemetery road", "dacha plots", "pasture",
    ];

    /// <summary>The raion whose centre is nearest: good enough to label a national-scale hazard.</summary>
    public static string RaionOf(DemoOblast oblast, double lon, double lat)
    {
        var best = oblast.Raions[0];
        double bestD = double.MaxValue;
        foreach (var r in oblast.Raions)
        {
            double dx = (r.Lon - lon) * Math.Cos(lat * Math.PI / 180), dy = r.Lat - lat;
            double d = dx * dx + dy * dy;
            if (d < bestD) { bestD = d; best = r; }
        }
        return best.Raion;
    }
}
