using System.Text.RegularExpressions;
using NetTopologySuite.IO;
using Safeground.Core.Import;
using Safeground.Core.Spatial;
using Safeground.Core.Status;
using Safeground.Core.Tests.Text;

namespace Safeground.Core.Tests.Import;

/// <summary>
/// What the importer says about a dirty polygon comes from Text/en/import.json: whole sentences, figures shown in the
/// reader's culture when rendered, positions and days as the file and the store write them.
/// </summary>
public class ImportTextTests
{
    private static NetTopologySuite.Geometries.Geometry Wkt(string wkt) => new WKTReader(Geo.Services).Read(wkt);

    [Fact]
    public void A_repaired_polygon_says_where_and_shows_its_area_in_the_readers_number_format()
    {
        var bowTie = Wkt("POLYGON ((20 44, 20.01 44.01, 20.01 44, 20 44.01, 20 44))");
        var result = TextResourceTests.InCulture(TextResourceTests.Commas(), () => new PolygonTriage().Triage(bowTie));
        Assert.Equal(TriageOutcome.Repaired, result.Outcome);
        // The crossing stays a position as the file wrote it (20.005, not 20,005); the area is a figure (44,5 ha).
        Assert.Matches(new Regex(@"^self-intersection at 20\.005 44\.005; repaired, area now \d+,\d\d ha$"), result.Notes[0]);
    }

    [Fact]
    public void A_lone_polygon_without_an_outer_ring_is_refused_with_every_note_and_no_part_dropped()
    {
        // Latitude 120 and longitude 44: swapped back first, then the ring has two distinct vertices.
        var flat = Wkt("POLYGON ((44 120, 44.01 120, 44 120, 44 120))");
        var result = new PolygonTriage().Triage(flat);
        Assert.Equal(TriageOutcome.Rejected, result.Outcome);
        Assert.Equal("latitude and longitude were swapped; swapped back; outer ring has 2 distinct vertices (at least 3 are needed)",
            string.Join("; ", result.Notes));
    }

    [Fact]
    public void A_dropped_part_of_a_multipolygon_is_named()
    {
        var two = Wkt("MULTIPOLYGON (((20 44, 20.01 44, 20.01 44.01, 20 44)), ((21 44, 21.01 44, 21 44, 21 44)))");
        var result = new PolygonTriage().Triage(two);
        Assert.Equal(TriageOutcome.Repaired, result.Outcome);
        Assert.Contains("part 2: outer ring has 2 distinct vertices (at least 3 are needed); part dropped", result.Notes);
    }

    [Fact]
    public void A_status_period_keeps_its_days_whatever_the_number_format()
    {
        var filter = new StatusFilter(From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 3, 31));
        var (released, remaining) = TextResourceTests.InCulture(TextResourceTests.Commas(),
            () => (StatusFigures.Released(filter), StatusFigures.Remaining(filter)));
        Assert.Equal("released 2026-01-01..2026-03-31", released);
        Assert.Equal("remaining on 2026-03-31", remaining);
    }
}
