using Safeground.Bench;

// Benchmark helpers. Timing and the peer comparison live in the scripts beside this project
// (they run Safeground and its peer as separate processes, the way users run them).
if (args.Length == 3 && args[0] == "finds-geojson")
{
    FindsFile.Write(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}
if (args.Length == 4 && args[0] == "sync-kit")
{
    SyncKit.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3]);
    return 0;
}
if (args.Length == 2 && args[0] == "import-profile")
{
    ImportProfile.Run(args[1]);
    return 0;
}
if (args.Length == 3 && args[0] == "rollup")
{
    RollupBench.Run(args[1], args[2]);
    return 0;
}
if (args.Length == 2 && args[0] == "rollup-phases")
{
    RollupPhases.Run(args[1]);
    return 0;
}
if (args.Length >= 2 && args[0] == "rollup-as-of")
{
    RollupAsOf.Run(args[1], args.Skip(2).Select(a => DateOnly.ParseExact(a, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList());
    return 0;
}
if (args.Length is 4 or 5 && args[0] == "tiles")
{
    return TileClient.FromArgs(args);
}
if (args.Length == 5 && args[0] == "webmap")
{
    return await WebMapBench.Run(args[1], args[2], args[3], args[4]);
}
Console.Error.WriteLine("usage: Safeground.Bench finds-geojson COUNT PATH | import-profile PATH | rollup STORE OUTDIR | rollup-phases STORE | tiles URL_TEMPLATE LIST WORKERS [TOKEN] | webmap BASE_URL USER PASSWORD OUT.md | sync-kit KIT COUNT BODIES_DIR");
return 2;
