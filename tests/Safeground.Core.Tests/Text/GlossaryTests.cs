namespace Safeground.Core.Tests.Text;

/// <summary>
/// docs/glossary/&lt;lang&gt;.md, the domain's words that issue 16's translators use: every language has a file,
/// every file the same English terms in the same order, no empty cell, and a source named in every note.
/// </summary>
public class GlossaryTests
{
    private static readonly string[] Languages = ["uk", "ru", "ar", "fr", "es", "pt", "bs"];

    // What a note must start with: the source the term comes from (docs/glossary/README.md).
    private static readonly string[] Sources =
        ["IMAS 04.10 ", "ДСТУ", "НСПМД", "BiH standards", "no official term", "Закон України", "ДСНС"];

    private sealed record Row(int Line, string English, string Term, string Note);

    private static List<Row> Rows(string language)
    {
        var path = Path.Combine(SourceTree.Root, "docs", "glossary", language + ".md");
        Assert.True(File.Exists(path), $"docs/glossary/{language}.md is missing");
        var rows = new List<Row>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|')) continue;
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Trim('-', ':').Length == 0) || cells[0].StartsWith("English term", StringComparison.Ordinal)) continue;
            Assert.True(cells.Length == 3, $"docs/glossary/{language}.md:{i + 1}: {cells.Length} cells, not 3");
            rows.Add(new Row(i + 1, cells[0], cells[1], cells[2]));
        }
        return rows;
    }

    [Fact]
    public void Every_language_has_the_same_English_terms_in_the_same_order()
    {
        var reference = Rows(Languages[0]).Select(r => r.English).ToList();
        Assert.InRange(reference.Count, 60, 100);
        Assert.Equal(reference.Count, reference.Distinct(StringComparer.Ordinal).Count());
        foreach (var language in Languages.Skip(1))
            Assert.Equal(reference, Rows(language).Select(r => r.English).ToList());
    }

    [Fact]
    public void No_cell_is_empty_and_every_note_names_its_source()
    {
        var problems = new List<string>();
        foreach (var language in Languages)
            foreach (var row in Rows(language))
            {
                if (row.English.Length == 0 || row.Term.Length == 0 || row.Note.Length == 0)
                    problems.Add($"{language}.md:{row.Line}: an empty cell");
                else if (!Sources.Any(s => row.Note.StartsWith(s, StringComparison.Ordinal)))
                    problems.Add($"{language}.md:{row.Line}: the note does not start with a source: {row.Note}");
            }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_terms_the_app_shows_are_in_the_glossary()
    {
        // The words DOMAIN.md builds on; a glossary without them would let each translator choose.
        var english = Rows("fr").Select(r => r.English).ToHashSet(StringComparer.Ordinal);
        foreach (var term in new[] { "suspected hazardous area (SHA)", "confirmed hazardous area (CHA)", "land release", "non-technical survey (NTS)",
                     "technical survey (TS)", "clearance", "cancelled (land)", "reduced (land)", "cleared (land)", "explosive ordnance (EO)",
                     "deminer", "demining accident", "victim", "quality control (QC)", "explosive ordnance risk education (EORE)", "destroyed in situ" })
            Assert.Contains(term, english);
    }
}
