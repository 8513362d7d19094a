using System.Text;
using Safeground.Core.Publication;

namespace Safeground.Server.Public;

/// <summary>
/// The public transparency site as files (path → bytes): index.html, style.css and data/*.json. Made from
/// <see cref="PublicFigures"/> alone, which holds nothing a viewer must not see, so what this writes is safe by
/// construction; <c>safeground publish site</c> writes the files to a folder, the server serves them at /public.
/// </summary>
public static class PublicSite
{
    /// <summary>The site in the current UI culture's language.</summary>
    public static IReadOnlyDictionary<string, byte[]> Make(PublicFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["index.html"] = Encoding.UTF8.GetBytes(PublicPage.Html(figures)),
            ["style.css"] = Style.Value,
            ["data/hazards.geojson"] = PublicGeoJson.Hazards(figures.Hazards),
            ["data/released.geojson"] = PublicGeoJson.Releases(figures.Releases),
            ["data/find-cells.geojson"] = PublicGeoJson.FindCells(figures.FindCells),
            ["data/statistics.json"] = PublicGeoJson.Statistics(figures),
        };
    }

    /// <summary>Writes the site into <paramref name="directory"/> (made if missing; files of the same names replaced).</summary>
    public static void Write(IReadOnlyDictionary<string, byte[]> site, string directory)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var (path, bytes) in site)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }

    private static readonly Lazy<byte[]> Style = new(() =>
    {
        using var stream = typeof(PublicSite).Assembly.GetManifestResourceStream("Safeground.Server.Public.site.css")
            ?? throw new InvalidOperationException("site.css is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
