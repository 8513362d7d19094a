namespace Safeground.Storage.PostGis.Backup;

/// <summary>
/// One line of <c>pg_restore --list</c>: <c>4244; 0 17429 TABLE DATA s1 reports postgres</c> (dump id; table oid,
/// object oid, type, schema or "-", tag, owner). The line itself is what a restore list (-L) names.
/// </summary>
internal sealed record TocEntry(string Line, string Type, string Schema, string Tag)
{
    // Types of more than one word that Safeground's schemas contain; the others are one word (TABLE, INDEX…).
    private static readonly string[] LongTypes = ["TABLE DATA", "SEQUENCE SET", "SEQUENCE OWNED BY", "FK CONSTRAINT", "MATERIALIZED VIEW DATA", "MATERIALIZED VIEW", "DEFAULT ACL"];

    public string Name => Tag.Split(' ')[0];

    public static IReadOnlyList<TocEntry> Parse(string list)
    {
        var entries = new List<TocEntry>();
        foreach (var raw in list.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == ';') continue;
            var parts = line.Split(' ', 4, StringSplitOptions.None); // "id;", table oid, oid, rest
            if (parts.Length < 4) continue;
            var rest = parts[3];
            var type = LongTypes.FirstOrDefault(t => rest.StartsWith(t + " ", StringComparison.Ordinal)) ?? rest.Split(' ')[0];
            var words = rest[(type.Length + 1)..].Split(' ');
            if (words.Length < 3) continue;
            entries.Add(new TocEntry(line, type, words[0], string.Join(' ', words[1..^1])));
        }
        return entries;
    }
}
