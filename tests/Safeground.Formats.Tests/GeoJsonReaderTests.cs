using NetTopologySuite.Geometries;
using Safeground.Formats.GeoJson;

namespace Safeground.Formats.Tests;

public class GeoJsonReaderTests
{
    [Theory]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[1]}", "position with 1 numbers")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[1,2,3,4]}", "position with 4 numbers")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[1,\"2\"]}", "non-numeric coordinate \"2\"")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[1,null]}", "non-numeric coordinate (Null)")]
    [InlineData("{\"type\":\"Circle\",\"coordinates\":[1,2]}", "unknown geometry type \"Circle\"")]
    [InlineData("{\"coordinates\":[1,2]}", "geometry without type")]
    [InlineData("{\"type\":\"Polygon\"}", "Polygon without coordinates")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}", "unclosed ring")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}", "ring with 3 points")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[]]}", "ring with 0 points")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[0,0],[1,0],[1,1],[0,0]]}", "coordinates of a Polygon must nest 2 deep, found 1")]
    [InlineData("{\"type\":\"LineString\",\"coordinates\":[[0,0]]}", "line with 1 point")]
    [InlineData("{\"type\":\"LineString\",\"coordinates\":[[0,0],[[1,1]]]}", "coordinates nested unevenly")]
    [InlineData("{\"type\":\"MultiPoint\",\"coordinates\":[[0,0,[1]]]}", "numbers and arrays mixed in coordinates")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":\"1,2\"}", "coordinates is not an array")]
    [InlineData("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1]}]}", "position with 1 numbers")]
    [InlineData("{\"type\":\"GeometryCollection\"}", "GeometryCollection without geometries")]
    [InlineData("\"POINT (1 2)\"", "geometry is neither an object nor null")]
    public void A_bad_feature_carries_its_reason_and_the_next_one_is_read(string geometry, string reason)
    {
        string json = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"n\":1},\"geometry\":" + geometry + "},"
            + "{\"type\":\"Feature\",\"properties\":{\"n\":2},\"geometry\":{\"type\":\"Point\",\"coordinates\":[5,6]}}]}";

        foreach (int size in new[] { 5, 64 * 1024 })
        {
            var features = GeoJsonRead.Text(json, size);

            Assert.Equal(2, features.Count);
            Assert.Equal(reason, features[0].ReadError);
            Assert.Null(features[0].Geometry);
            Assert.Equal("1", features[0].Properties["n"]);
            Assert.Equal("feature 0", features[0].Where);
            Assert.Null(features[1].ReadError);
            Assert.Equal(new Coordinate(5, 6), features[1].Geometry!.Coordinate);
            Assert.Equal("feature 1", features[1].Where);
        }
    }

    [Theory]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[1.5,-2e-3]}", "POINT (1.5 -0.002)")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[1,2,3]}", "POINT Z(1 2 3)")]
    [InlineData("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}", "MULTIPOINT ((1 2), (3 4))")]
    [InlineData("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}", "LINESTRING (1 2, 3 4)")]
    [InlineData("{\"type\":\"MultiLineString\",\"coordinates\":[[[1,2],[3,4]],[[5,6],[7,8]]]}", "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}", "POLYGON ((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1))")]
    [InlineData("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[4,0],[4,4],[0,0]]],[]]}", "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 0)), EMPTY)")]
    [InlineData("{\"type\":\"MultiPolygon\",\"coordinates\":[]}", "MULTIPOLYGON EMPTY")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[]}", "POINT EMPTY")]
    [InlineData("{\"type\":\"GeometryCollection\",\"geometries\":[{\"coordinates\":[1,2],\"type\":\"Point\"},{\"type\":\"GeometryCollection\",\"geometries\":[]}]}", "GEOMETRYCOLLECTION (POINT (1 2), GEOMETRYCOLLECTION EMPTY)")]
    [InlineData("{\"coordinates\":[[[0,0],[4,0],[4,4],[0,0]]],\"bbox\":[0,0,4,4],\"type\":\"Polygon\"}", "POLYGON ((0 0, 4 0, 4 4, 0 0))")]
    public void Every_geometry_type_is_read(string geometry, string wkt)
    {
        var feature = GeoJsonRead.One("{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + geometry + "}", 3);

        Assert.Null(feature.ReadError);
        Assert.Equal(wkt, feature.Geometry!.AsText());
        Assert.Equal(4326, feature.Geometry.SRID);
        Assert.Empty(feature.Properties);
    }

    [Fact]
    public void Properties_of_every_json_type_become_text()
    {
        var feature = GeoJsonRead.One("""
            {"properties":{"s":"Bijeljina \"north\" \u010Dfield","i":42,"f":-1.50e+3,"t":true,"no":false,"nil":null,
             "o":{"a":[1, 2.5, {"b":null}],"c":"x\ny"},"e":[]},"geometry":null,"id":7,"type":"Feature"}
            """, 6);

        Assert.Null(feature.ReadError);
        Assert.Null(feature.Geometry);
        var p = feature.Properties;
        Assert.Equal("Bijeljina \"north\" čfield", p["s"]);
        Assert.Equal("42", p["i"]);
        Assert.Equal("-1.50e+3", p["f"]);
        Assert.Equal("true", p["t"]);
        Assert.Equal("false", p["no"]);
        Assert.Null(p["nil"]);
        Assert.Equal("{\"a\":[1,2.5,{\"b\":null}],\"c\":\"x\\ny\"}", p["o"]);
        Assert.Equal("[]", p["e"]);
        Assert.Equal("7", p["id"]);
    }

    [Fact]
    public void Id_does_not_overwrite_a_property_called_id()
    {
        var feature = GeoJsonRead.One("{\"type\":\"Feature\",\"id\":\"f-1\",\"properties\":{\"id\":\"mine\"},\"geometry\":null}");
        Assert.Equal("mine", feature.Properties["id"]);

        var withoutProperties = GeoJsonRead.One("{\"type\":\"Feature\",\"id\":\"f-1\",\"geometry\":null}");
        Assert.Equal("f-1", withoutProperties.Properties["id"]);
    }

    [Fact]
    public void Members_in_any_order_at_every_level()
    {
        var features = GeoJsonRead.Text("""
            {"features":[
              {"properties":{"a":"1"},"geometry":{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"},"type":"Feature"}
            ],"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"type":"FeatureCollection"}
            """, 4);

        var feature = Assert.Single(features);
        Assert.Equal("POLYGON ((0 0, 1 0, 1 1, 0 0))", feature.Geometry!.AsText());
        Assert.Equal("1", feature.Properties["a"]);
    }

    [Fact]
    public void A_single_feature_or_bare_geometry_is_one_feature()
    {
        var feature = Assert.Single(GeoJsonRead.Text("{\"properties\":{\"k\":\"v\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"type\":\"Feature\"}"));
        Assert.Equal("POINT (1 2)", feature.Geometry!.AsText());
        Assert.Equal("v", feature.Properties["k"]);
        Assert.Equal("feature 0", feature.Where);

        var bare = Assert.Single(GeoJsonRead.Text("{\"coordinates\":[[1,2],[3,4]],\"type\":\"LineString\"}", 3));
        Assert.Equal("LINESTRING (1 2, 3 4)", bare.Geometry!.AsText());

        var bad = Assert.Single(GeoJsonRead.Text("{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4],[1,2]]]}"));
        Assert.Equal("ring with 3 points", bad.ReadError);
    }

    [Fact]
    public void An_empty_collection_and_a_byte_order_mark_are_fine()
    {
        Assert.Empty(GeoJsonRead.Text("\uFEFF{\"type\":\"FeatureCollection\",\"features\":[]}"));
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}},\n{\"type\":\"Feature\",\"geom", 3, "Expected end of string")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}},\n{\"type\":\"Feature\",\"geometry\":null", 3, "")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}},\n{\"type\":\"Feature\",\"geometry\":nul}]}", 3, "")]
    [InlineData("\n\nname,lon,lat\n", 3, "")]
    [InlineData("", 1, "does not contain any JSON tokens")]
    [InlineData("[1,2]", 1, "expected a GeoJSON object, found StartArray")]
    [InlineData("{\"type\":\"Topology\"}", 1, "not GeoJSON: unknown type \"Topology\"")]
    [InlineData("{\"type\":\"FeatureCollection\",\n\"features\":\n3}", 3, "\"features\" is not an array")]
    public void A_broken_file_throws_naming_file_line_and_reason(string json, int line, string reason)
    {
        foreach (int size in new[] { 4, 64 * 1024 })
        {
            var error = Assert.Throws<FormatException>(() => GeoJsonRead.Text(json, size, "minefields.geojson"));

            Assert.StartsWith("minefields.geojson: line " + line + ", byte ", error.Message, StringComparison.Ordinal);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_truncated_file_reports_the_line_it_broke_on()
    {
        string path = TestData.Bih("incidents.geojson");
        byte[] bytes = File.ReadAllBytes(path);
        using var cut = new MemoryStream(bytes, 0, bytes.Length / 2);

        var error = Assert.Throws<FormatException>(() => GeoJsonFeatureReader.Read(cut, "incidents.geojson", 1000).ToList());

        int lines = bytes.AsSpan(0, bytes.Length / 2).Count((byte)'\n') + 1;
        Assert.StartsWith("incidents.geojson: line " + lines + ", byte ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Features_before_a_break_are_yielded_before_the_error()
    {
        string json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}},{\"broken";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        using var features = GeoJsonFeatureReader.Read(stream, "x", 8).GetEnumerator();

        Assert.True(features.MoveNext());
        Assert.Throws<FormatException>(() => features.MoveNext());
    }
}
