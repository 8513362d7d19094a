using Safeground.Core.Plausibility;

namespace Safeground.Core.Tests.Plausibility;

/// <summary>Areas written in the languages of issue 16: the words come from area-units.json.</summary>
public class AreaParserLanguageTests
{
    private const double Pitch = 7_140;

    [Theory]
    // Ukrainian
    [InlineData("12 гектарів", 120_000)]
    [InlineData("12 га", 120_000)]
    [InlineData("1 гектар", 10_000)]
    [InlineData("3 гектари", 30_000)]
    [InlineData("80 футбольних полів", 80 * Pitch)]
    [InlineData("1 футбольне поле", Pitch)]
    [InlineData("2 км²", 2_000_000)]
    [InlineData("2 кв. км", 2_000_000)]
    [InlineData("2 квадратних кілометри", 2_000_000)]
    [InlineData("500 кв.м", 500)]
    [InlineData("500 м²", 500)]
    // Russian
    [InlineData("80 футбольных полей", 80 * Pitch)]
    [InlineData("12 гектаров", 120_000)]
    [InlineData("2 квадратных километра", 2_000_000)]
    // French
    [InlineData("80 terrains de football", 80 * Pitch)]
    [InlineData("12 hectares", 120_000)]
    [InlineData("2 kilomètres carrés", 2_000_000)]
    // Spanish
    [InlineData("12 hectáreas", 120_000)]
    [InlineData("12 hectareas", 120_000)]
    [InlineData("80 campos de fútbol", 80 * Pitch)]
    [InlineData("80 Campos de Futbol", 80 * Pitch)]
    [InlineData("3 kilómetros cuadrados", 3_000_000)]
    // Portuguese
    [InlineData("80 campos de futebol", 80 * Pitch)]
    [InlineData("2 quilômetros quadrados", 2_000_000)]
    // Bosnian
    [InlineData("12 hektara", 120_000)]
    [InlineData("80 fudbalskih terena", 80 * Pitch)]
    [InlineData("80 nogometnih igrališta", 80 * Pitch)]
    [InlineData("2 kvadratna kilometra", 2_000_000)]
    // Arabic, with Western and Arabic-Indic digits
    [InlineData("12 هكتار", 120_000)]
    [InlineData("١٢ هكتار", 120_000)]
    [InlineData("80 ملعب كرة قدم", 80 * Pitch)]
    [InlineData("٨٠ ملعب كرة قدم", 80 * Pitch)]
    [InlineData("٨٠ ملعبا لكرة القدم", 80 * Pitch)]
    [InlineData("١٫٥ كم²", 1_500_000)]
    [InlineData("۸۰ هكتار", 800_000)] // Persian (Extended Arabic-Indic) digits
    public void Reads_each_languages_units(string text, double m2)
    {
        Assert.Equal(m2, AreaParser.Parse(text).SquareMetres, 6);
    }

    [Fact]
    public void A_football_field_outside_English_is_a_soccer_pitch_and_says_so()
    {
        var uk = AreaParser.Parse("80 футбольних полів");
        var en = AreaParser.Parse("80 football pitches");
        Assert.Equal(en.Unit, uk.Unit);
        Assert.Equal(en.Note, uk.Note);
    }

    [Theory]
    [InlineData("1,5 га", 15_000)]
    [InlineData("1,5 гектара", 15_000)]
    [InlineData("2,25 hectares", 0)] // "hectares" is English too: the English rule refuses
    [InlineData("1,5 hectáreas", 15_000)]
    [InlineData("0,5 km carrés", 0)] // unknown unit
    [InlineData("1 500 га", 15_000_000)]
    [InlineData("1 500,5 га", 15_005_000)]
    [InlineData("1.500.000 m² ", 0)] // "m²" is English: 1.500.000 is no number there
    [InlineData("1.500.000 metros cuadrados", 1_500_000)]
    [InlineData("1.500,25 metros cuadrados", 1_500.25)]
    [InlineData("1.5 га", 15_000)]
    [InlineData("12,25 fudbalskih terena", 12.25 * Pitch)]
    public void A_unit_written_only_in_a_decimal_comma_language_reads_the_comma_as_decimal(string text, double m2)
    {
        if (m2 == 0)
        {
            Assert.Throws<SafegroundException>(() => AreaParser.Parse(text));
            return;
        }
        Assert.Equal(m2, AreaParser.Parse(text).SquareMetres, 6);
    }

    [Theory]
    [InlineData("1,500 га", "can be read two ways")]
    [InlineData("1.500 hectáreas", "can be read two ways")]
    [InlineData("1,5,0 га", "write decimals with a comma")]
    [InlineData("1,5.0 га", "write decimals with a comma")]
    [InlineData("1 50 га", "write decimals with a comma")]
    [InlineData("1,5 ha", "write decimals with a point")] // unchanged: "ha" is English
    [InlineData("3 сажені", "unknown unit \"сажені\"")]
    public void Refuses_an_ambiguous_or_malformed_number_saying_why(string text, string expected)
    {
        var e = Assert.Throws<SafegroundException>(() => AreaParser.Parse(text));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_spelling_names_one_unit_and_English_words_keep_the_decimal_point()
    {
        var all = AreaUnitSpellings.All;
        Assert.True(all.Count > 100, $"{all.Count} spellings");
        Assert.False(all[AreaUnitSpellings.Key("hectares")].DecimalComma);
        Assert.False(all[AreaUnitSpellings.Key("m²")].DecimalComma);
        Assert.True(all[AreaUnitSpellings.Key("га")].DecimalComma);
        Assert.False(all[AreaUnitSpellings.Key("هكتار")].DecimalComma);
    }
}
