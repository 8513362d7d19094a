using Safeground.Core;
using Safeground.Core.Spatial;
using Safeground.Core.Reference;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

// Administrative regions: replaced as a set, so a re-import never leaves a mix of old and new boundaries.
internal sealed partial class GeoPackageTransaction
{
    public void ReplaceRegions(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Guard(() =>
        {
            DeleteFeatures("regions", "1 = $1", 1);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var region in regions)
            {
                if (!seen.Add(region.Name)) throw SafegroundException.Conflict(Texts.Render("store.region-twice", ("location", Location), ("region", region.Name)));
                var geom = GpkgBlob.WriteMulti(region.Boundary);
                Run("INSERT INTO regions (geom, name, area_m2) VALUES ($1, $2, $3)", geom, region.Name, Polygons.AreaM2(region.Boundary));
                if (Indexing("regions")) IndexRow("regions", LastRowId(), geom);
            }
        });
    }
}
