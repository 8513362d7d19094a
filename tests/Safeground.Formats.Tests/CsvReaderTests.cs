using NetTopologySuite.Geometries;
using Safeground.Core.Import;
using Safeground.Formats.Csv;

namespace Safeground.Formats.Tests;

public class CsvReaderTests
{
    private static List<SourceFeature> Read(string csv, string lon = "lon", string lat = "lat") =>
        CsvFeatureReader.Read(new StringReader(csv), "finds.csv", lon, lat).ToList();

    [Fact]
    public void Quoted_fields_with_commas_quotes_and_newlines()
    {
        var rows = Read("id,lon,lat,note\r\n1,17.5,44.25,\"a, b\"\r\n2,18,45,\"say \"\"hi\"\"\nsecond line\"\r\n3,19,46,plain\r\n");

        Assert.Equal(3, rows.Count);
        Assert.Equal("a, b", rows[0].Properties["note"]);
        Assert.Equal("say \"hi\"\nsecond line", rows[1].Properties["note"]);
        Assert.Equal(["line 2", "line 3", "line 5"], rows.Select(r => r.Where));
        Assert.Equal([0L, 1, 2], rows.Select(r => r.Index));
        Assert.Equal(new Coordinate(17.5, 44.25), rows[0].Geometry!.Coordinate);
        Assert.Equal(4326, rows[0].Geometry!.SRID);
        Assert.Equal("17.5", rows[0].Properties["lon"]);
    }

    [Fact]
    public void Semicolons_and_decimal_commas_from_a_spreadsheet()
    {
        var rows = Read("Naziv;Longitude;Latitude\nMinsko polje; 17,5 ;44,25\n\"x;y\";18.5;45\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(new Coordinate(17.5, 44.25), rows[0].Geometry!.Coordinate);
        Assert.Equal("x;y", rows[1].Properties["Naziv"]);
        Assert.Equal(new Coordinate(18.5, 45), rows[1].Geometry!.Coordinate);
    }

    [Theory]
    [InlineData("X,Y\n1,2\n")]
    [InlineData("LNG,LAT\n1,2\n")]
    [InlineData("longitude,latitude\n1,2\n")]
    [InlineData("Lon,Lat\n1,2\n")]
    public void Common_column_names_are_found(string csv) =>
        Assert.Equal(new Coordinate(1, 2), Assert.Single(Read(csv)).Geometry!.Coordinate);

    [Fact]
    public void Named_columns_are_matched_ignoring_case()
    {
        var row = Assert.Single(Read("E,N\n1,2\n", "e", "n"));
        Assert.Equal(new Coordinate(1, 2), row.Geometry!.Coordinate);
    }

    [Fact]
    public void Empty_coordinates_give_no_geometry_and_bad_ones_an_error()
    {
        var rows = Read("name,lon,lat\na,,\nb,abc,44\nc,17,\"\"\nd,17,4x4\ne,17,44\n");

        Assert.Equal(5, rows.Count);
        Assert.Null(rows[0].Geometry);
        Assert.Null(rows[0].ReadError);
        Assert.Equal("column \"lon\": \"abc\" is not a number", rows[1].ReadError);
        Assert.Equal("line 3", rows[1].Where);
        Assert.Null(rows[2].Geometry);
        Assert.Null(rows[2].ReadError);
        Assert.Equal("column \"lat\": \"4x4\" is not a number", rows[3].ReadError);
        Assert.IsType<Point>(rows[4].Geometry);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_and_short_rows_padded()
    {
        var rows = Read("name,lon,lat,extra\n\na,1,2\n\r\nb,3,4,x,overflow\nc,5\n");

        Assert.Equal(3, rows.Count);
        Assert.Equal("line 3", rows[0].Where);
        Assert.Null(rows[0].Properties["extra"]);
        Assert.Equal("line 5", rows[1].Where);
        Assert.Equal("5 fields, the header has 4", rows[1].ReadError);
        Assert.Null(rows[2].Geometry);
    }

    [Fact]
    public void Empty_quoted_is_empty_text_and_empty_unquoted_is_null()
    {
        var row = Assert.Single(Read("lon,lat,a,b\n1,2,\"\",\n"));
        Assert.Equal("", row.Properties["a"]);
        Assert.Null(row.Properties["b"]);
    }

    [Fact]
    public void A_wkt_column_is_read_when_there_is_no_lon_lat()
    {
        var rows = Read("WKT,name\n\"POLYGON ((0 0, 1 0, 1 1, 0 0))\",a\nnot wkt,b\n,c\n");

        Assert.Equal("POLYGON ((0 0, 1 0, 1 1, 0 0))", rows[0].Geometry!.AsText());
        Assert.Equal(4326, rows[0].Geometry!.SRID);
        Assert.StartsWith("column \"WKT\": not WKT", rows[1].ReadError, StringComparison.Ordinal);
        Assert.Null(rows[2].Geometry);
    }

    [Fact]
    public void Missing_columns_and_open_quotes_throw_naming_the_file()
    {
        var noLat = Assert.Throws<FormatException>(() => Read("lon,name\n1,a\n"));
        Assert.Equal("finds.csv: line 1: no column \"lat\" (columns: lon, name)", noLat.Message);

        var open = Assert.Throws<FormatException>(() => Read("lon,lat,name\n1,2,a\n3,4,\"open\n"));
        Assert.Equal("finds.csv: line 3: quoted field not closed before the end of the file", open.Message);
    }

    [Fact]
    public void Stream_with_byte_order_mark_and_empty_file()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. "lon,lat\n1,2\n"u8.ToArray()]);
        Assert.Single(CsvFeatureReader.Read(stream, "bom.csv"));
        Assert.Empty(Read(""));
    }
}
