using System.CommandLine;
using Safeground.Core;
using Safeground.Cli.Output;
using Safeground.Demo;
using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;
using Safeground.Core.Status;

namespace Safeground.Cli.Commands;

/// <summary>
/// <c>safeground demo</c>: writes a realistic, deterministic operation to a GeoPackage and prints its
/// land-release status. The file is built beside the target and moved into place only when complete,
/// so an interrupted demo never leaves a half-written store.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store("demo.gpkg");
        var scale = new Option<string>("--scale") { Description = Texts.Render("cli.help.demo.scale"), DefaultValueFactory = _ => "operation", HelpName = "SCALE" };
        scale.AcceptOnlyFromAmong("operation", "national");
        var seed = new Option<int>("--seed") { Description = Texts.Render("cli.help.demo.seed"), DefaultValueFactory = _ => DemoOperation.DefaultSeed };
        var quiet = new Option<bool>("--no-status") { Description = Texts.Render("cli.help.demo.no-status") };
        var cmd = new Command("demo", Texts.Render("cli.help.demo")) { store, scale, seed, quiet };
        cmd.SetAction((parse, cancel) =>
        {
            var path = parse.GetValue(store)!;
            var national = parse.GetValue(scale) == "national";
            var result = Write(path, national ? DemoScale.National : DemoScale.Operation, parse.GetValue(seed), cancel);
            Console.Error.WriteLine(Texts.Render("cli.demo.wrote", ("path", path), ("hazards", result.Hazards), ("reports", result.Reports), ("finds", result.Finds), ("accidents", result.Accidents)));
            if (HeldBackNotice.Of(result.HeldBack) is { } held) Console.Error.WriteLine(Texts.Render("cli.demo.line", ("line", held)));
            if (!parse.GetValue(quiet)) StatusCommand.Run(path, StatusGrouping.None, json: false);
            return Task.FromResult(SafegroundCli.Ok);
        });
        return cmd;
    }

    public static BulkLoadResult Write(string path, DemoScale scale, int seed, CancellationToken cancel)
    {
        // A database is written in place, in the loader's transactions; a file is written beside and renamed.
        if (StoreOpener.IsPostgres(path))
        {
            // A file is replaced whole; a database schema is written in place, so it must hold nothing yet.
            using (var existing = StoreOpener.Open(path, create: true))
            {
                if (existing.ReportHeaders().Any())
                    throw SafegroundException.Conflict(Texts.Render("cli.error.demo.not-empty", ("store", existing.Location)));
            }
            return Load(path, scale, seed, cancel);
        }
        var full = Path.GetFullPath(path);
        var temp = full + ".part";
        StoreOpener.Delete(temp);
        try
        {
            var result = Load(temp, scale, seed, cancel);
            StoreOpener.Delete(full);
            File.Move(temp, full);
            return result;
        }
        finally
        {
            StoreOpener.Delete(temp);
        }
    }


    /// <summary>Generates the demo operation and bulk-loads it into the store at <paramref name="location"/> (created when new).</summary>
    private static BulkLoadResult Load(string location, DemoScale scale, int seed, CancellationToken cancel)
    {
        var data = DemoOperation.Generate(scale, seed);
        double expected = DemoOperation.HazardCount(scale);
        return LongWork.Run(Texts.Render("cli.demo.progress-title"), expected, progress =>
        {
            using var store = StoreOpener.Open(location, create: true);
            var loader = new BulkLoader(store, TimeProvider.System, StoredProgramme.Of(store));
            var loaded = loader.Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo",
                new Progress(r => progress(r.Hazards, Texts.Render("cli.demo.progress", ("hazards", r.Hazards), ("finds", r.Finds)))), cancel);
            // The districts the hazards are named after, as boundaries: 'status --by region' then goes by polygon.
            using (var tx = store.BeginWrite())
            {
                tx.ReplaceRegions(data.Regions);
                // The store says which rules its data was loaded under, even after a later Safeground changes its defaults.
                StoredProgramme.RecordDefaultIfNone(store, tx, "demo", DateTimeOffset.UtcNow);
                tx.Commit();
            }
            return loaded;
        });
    }

    // IProgress<T> that reports synchronously: Progress<T> would post to the thread pool and lag behind.
    private sealed class Progress(Action<BulkLoadResult> report) : IProgress<BulkLoadResult>
    {
        public void Report(BulkLoadResult value) => report(value);
    }
}
