using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeground.Cli.Commands;
using Safeground.Core;
using Safeground.Core.Import;
using Safeground.Core.Ordnance;
using Safeground.Storage.GeoPackage;
using Xunit.Abstractions;

namespace Safeground.Cli.Tests;

/// <summary>
/// A standing fuzz test of import: small files cut from the real BiH data and from fixtures, damaged the ways field
/// data is damaged (flipped bytes, cut short, invalid UTF-8, swapped coordinates, huge or NaN numbers, unclosed rings,
/// missing fields), each imported into a fresh GeoPackage through the use case the CLI calls. The corpus is made
/// from a fixed seed at test time (nothing of it is in git), so a failure names a file that can be made again.
/// </summary>
[Collection(ReliabilitySuite.Name)]
public class ImportFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 13_2026;
    private const int MutationsPerBase = 60;

    private sealed record Base(string Name, string Extension, string What, byte[] Bytes);

    [Fact]
    public void Damaged_files_import_feature_by_feature_or_change_nothing()
    {
        using var dir = new TempDir();
        var random = new Random(Seed);
        var bases = Bases(random);
        var template = dir.File("template.gpkg");
        // The store before each import holds one good import, so "changes nothing" is more than "stays empty".
        ImportCommand.Run(template, new ImportInput(Write(dir, "base", bases[3]), null, "lon", "lat"), "finds", Options("base"), new PolygonTriage(), EoCategory.Uxo, CancellationToken.None);

        // Every store starts as a copy of the template, so one snapshot of it is every store's before state.
        var before = Snapshot(template);
        var failures = new List<string>();
        int files = 0, refused = 0, features = 0, imported = 0;
        foreach (var b in bases)
        {
            for (int m = 0; m < MutationsPerBase; m++)
            {
                var (bytes, how) = Mutate(b, random);
                var name = $"{b.Name}-{m:D3}";
                var file = Write(dir, name, b with { Bytes = bytes });
                var store = dir.File(name + ".gpkg");
                File.Copy(template, store);
                files++;
                try
                {
                    var summary = ImportCommand.Run(store, new ImportInput(file, null, "lon", "lat"), b.What, Options(name), new PolygonTriage(), EoCategory.Uxo, CancellationToken.None);
                    features += (int)summary.Read;
                    imported += (int)summary.Imported;
                    var problem = Whole(store, before, summary, b.What, name);
                    if (problem is not null) failures.Add($"{name} ({how}): {problem}");
                }
                catch (SafegroundException)
                {
                    refused++;
                    if (Snapshot(store) != before) failures.Add($"{name} ({how}): refused, but the store changed");
                }
                catch (Exception e)
                {
                    failures.Add($"{name} ({how}): {e.GetType().Name}: {e.Message}");
                }
                File.Delete(store);
            }
        }
        output.WriteLine($"{files} damaged files ({refused} refused whole), {features} features read, {imported} imported");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refused > 0 && imported > 0, "the corpus must hold both files refused whole and files imported in part");
    }

    private static ImportOptions Options(string prefix) =>
        new(prefix, prefix, "IMPORT", "fuzz", new DateOnly(2025, 6, 1), new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), new FieldMapping());

    private static string Write(TempDir dir, string name, Base b)
    {
        var path = dir.File(name + b.Extension);
        File.WriteAllBytes(path, b.Bytes);
        return path;
    }

    /// <summary>What "nothing changed" compares: the revision, every hazard with its area, and the finds.</summary>
    private static string Snapshot(string path)
    {
        using var store = GeoPackageStore.Open(path, create: false);
        var sb = new StringBuilder();
        sb.Append(store.Revision()).Append('|').Append(store.Reports().Count()).Append('|').Append(store.Finds().Count());
        foreach (var h in store.Hazards()) sb.Append('|').Append(h.HazardId).Append(':').Append(h.OriginalM2.ToString("R", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>Null when every feature the summary counts as imported is stored whole and plausible.</summary>
    private static string? Whole(string path, string before, ImportSummary summary, string what, string prefix)
    {
        if (summary.Read != summary.Imported + summary.Rejected) return $"read {summary.Read} ≠ imported {summary.Imported} + rejected {summary.Rejected}";
        if (summary.Imported == 0) return Snapshot(path) == before ? null : "nothing imported, but the store changed";
        using var store = GeoPackageStore.Open(path, create: false);
        if (what == "hazards")
        {
            var hazards = store.Hazards().Where(h => h.OrganisationId == "IMPORT").ToList();
            if (hazards.Count != summary.Imported) return $"{summary.Imported} imported, {hazards.Count} hazards stored";
            foreach (var h in hazards)
            {
                var e = h.Original.EnvelopeInternal;
                if (!double.IsFinite(h.OriginalM2) || h.OriginalM2 <= 0 || h.OriginalM2 != h.RemainingM2) return $"hazard {h.HazardId}: area {h.OriginalM2}";
                if (!h.Original.IsValid || e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90 || e.Width > 180) return $"hazard {h.HazardId}: {h.Original}";
            }
            return null;
        }
        var finds = store.Finds().Where(f => f.ReportId.StartsWith($"IMP-{prefix}-", StringComparison.Ordinal)).ToList();
        if (finds.Count != summary.Imported) return $"{summary.Imported} imported, {finds.Count} finds stored";
        foreach (var f in finds.Select(f => f.Find))
        {
            if (!double.IsFinite(f.Position.X) || !double.IsFinite(f.Position.Y) || Math.Abs(f.Position.X) > 180 || Math.Abs(f.Position.Y) > 90) return $"find at {f.Position}";
            if (f.Quantity < 1 || f.DepthCm is < 0 or > FindImport.MaxDepthCm) return $"find {f}: quantity or depth";
            if (!Enum.IsDefined(f.Category) || !Enum.IsDefined(f.Condition) || !Enum.IsDefined(f.Disposal)) return $"find {f}: an undefined word";
        }
        return null;
    }

    // ---- the corpus -------------------------------------------------------------------------------------------------

    private static List<Base> Bases(Random random) =>
    [
        new("areas", ".geojson", "hazards", Collection(SharedData.File("bih", "suspect_areas.geojson"), 30, random)),
        new("incidents", ".geojson", "finds", Collection(SharedData.File("bih", "incidents.geojson"), 40, random)),
        new("lifted", ".geojson", "finds", Collection(SharedData.File("bih", "lifted_minefields.geojson"), 40, random)),
        new("finds", ".csv", "finds", Encoding.UTF8.GetBytes("""
            lon,lat,category,model,quantity,depth_cm,condition,disposal
            17.01,45.21,ap mine,PMA-2,1,10,intact,destroyed
            17.02,45.22,at mine,TMA-3,2,25,damaged,removed
            17.03,45.23,uxo,Čelik M-75,1,,unknown,other
            17.04,45.24,submunition,KB-1,12,3.5,armed,destroyed
            17.05,45.25,ap mine,"PROM-1, bounding",1,15,fuzed,destroyed
            17.06,45.26,ied,,1,0,deteriorated,removed
            17.07,45.27,uxo,Ђ-80,4,40,intact,destroyed
            17.08,45.28,axo,,1,5,intact,removed
            """.Replace("\r", "", StringComparison.Ordinal) + "\n")),
        new("wkt", ".csv", "hazards", Encoding.UTF8.GetBytes("""
            id,name,class,wkt
            W1,Brčko field,CHA,"POLYGON ((18.80 44.87, 18.81 44.87, 18.81 44.88, 18.80 44.88, 18.80 44.87))"
            W2,Orchard,Suspected,"POLYGON ((18.82 44.87, 18.83 44.87, 18.83 44.88, 18.82 44.88, 18.82 44.87))"
            W3,Bow tie,SHA,"POLYGON ((18.84 44.87, 18.85 44.88, 18.85 44.87, 18.84 44.88, 18.84 44.87))"
            W4,Two parts,CHA,"MULTIPOLYGON (((18.86 44.87, 18.87 44.87, 18.87 44.88, 18.86 44.87)), ((18.88 44.87, 18.89 44.87, 18.89 44.88, 18.88 44.87)))"
            W5,With hole,SHA,"POLYGON ((18.90 44.86, 18.93 44.86, 18.93 44.89, 18.90 44.89, 18.90 44.86), (18.91 44.87, 18.92 44.87, 18.92 44.88, 18.91 44.88, 18.91 44.87))"
            """.Replace("\r", "", StringComparison.Ordinal) + "\n")),
    ];

    /// <summary>A FeatureCollection of <paramref name="count"/> features of a real file, picked by the seed, as their original JSON.</summary>
    private static byte[] Collection(string path, int count, Random random)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var all = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        int start = random.Next(all.Count - count);
        var picked = all.Skip(start).Take(count).Select(f => f.GetRawText());
        return Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", picked) + "\n]}\n");
    }

    private static readonly string[] Numbers = ["1e308", "-1e309", "NaN", "Infinity", "1e-400", "99999999999999999999999", "-0", "\"12\"", "null"];
    private static readonly byte[][] NotUtf8 = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x80]];

    private static (byte[] Bytes, string How) Mutate(Base b, Random random)
    {
        var bytes = b.Bytes;
        var how = new List<string>();
        int rounds = random.Next(4) == 0 ? 2 : 1;
        for (int r = 0; r < rounds; r++)
        {
            switch (random.Next(7))
            {
                case 0:
                    bytes = (byte[])bytes.Clone();
                    for (int i = random.Next(1, 6); i > 0; i--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    how.Add("bytes flipped");
                    break;
                case 1:
                    bytes = bytes[..random.Next(bytes.Length)];
                    how.Add($"cut at {bytes.Length}");
                    break;
                case 2:
                    var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToList();
                    int at = quotes.Count > 0 ? quotes[random.Next(quotes.Count)] + 1 : random.Next(bytes.Length);
                    bytes = [.. bytes[..at], .. NotUtf8[random.Next(NotUtf8.Length)], .. bytes[at..]];
                    how.Add($"invalid UTF-8 at {at}");
                    break;
                case 3:
                    bytes = Text(bytes, t => Some(t, b.Extension == ".csv" ? @"(?m)^(-?\d+\.\d+),(-?\d+\.\d+)" : @"\[(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)\]",
                        m => b.Extension == ".csv" ? $"{m.Groups[2]},{m.Groups[1]}" : $"[{m.Groups[2]},{m.Groups[1]}]", random, 0.5));
                    how.Add("coordinates swapped");
                    break;
                case 4:
                    bytes = Text(bytes, t => Some(t, @"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])", _ => Numbers[random.Next(Numbers.Length)], random, 0.05, atLeastOne: true));
                    how.Add("numbers replaced");
                    break;
                case 5:
                    bytes = Text(bytes, t => b.Extension == ".csv"
                        ? Some(t, @", -?\d+(?:\.\d+)? -?\d+(?:\.\d+)?\)", _ => ")", random, 0.5, atLeastOne: true)
                        : Some(t, @",\s*\[[^\[\]]*\]\s*\]\s*\]", _ => "]]", random, 0.3, atLeastOne: true));
                    how.Add("rings left open");
                    break;
                default:
                    bytes = Text(bytes, t => b.Extension == ".csv"
                        ? Some(t, @"(?<=,)[^,\n""]*(?=[,\n])", _ => "", random, 0.2, atLeastOne: true)
                        : Some(t, @"""\w+""\s*:\s*(""[^""]*""|-?[\d.eE+-]+|null|true|false)\s*,?", _ => "", random, 0.15, atLeastOne: true));
                    how.Add("fields removed");
                    break;
            }
        }
        return (bytes, string.Join(", ", how));
    }

    // Text mutations work on the UTF-8 text; bytes that are already not UTF-8 survive as U+FFFD.
    private static byte[] Text(byte[] bytes, Func<string, string> change) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));

    private static string Some(string text, string pattern, Func<Match, string> replace, Random random, double share, bool atLeastOne = false)
    {
        var matches = Regex.Matches(text, pattern);
        if (matches.Count == 0) return text;
        int forced = atLeastOne ? random.Next(matches.Count) : -1;
        var sb = new StringBuilder(text.Length);
        int last = 0;
        for (int i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (i != forced && random.NextDouble() >= share) continue;
            sb.Append(text, last, m.Index - last).Append(replace(m));
            last = m.Index + m.Length;
        }
        return sb.Append(text, last, text.Length - last).ToString();
    }
}
