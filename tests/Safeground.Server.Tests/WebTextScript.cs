using System.Text;

namespace Safeground.Server.Tests;

/// <summary>
/// The string literals of a web app source file (plain ES modules), for the text tests: quoted strings and template
/// literals, a template's ${…} holes taken out of its text (the literals inside a hole are literals of their own).
/// Comments and regular expressions are skipped, so an apostrophe in a comment or a quote in a regex is not a string.
/// </summary>
internal static class WebTextScript
{
    /// <summary>A literal: the line it starts on, its text (holes removed) and whether it was a template with holes.</summary>
    public readonly record struct Literal(int Line, string Text, bool HasHoles);

    public static List<Literal> Literals(string source)
    {
        var found = new List<Literal>();
        int i = 0;
        Code(source, ref i, found, nested: false);
        return found;
    }

    // Keywords after which a '/' starts a regular expression rather than dividing.
    private static readonly HashSet<string> BeforeRegex = ["return", "typeof", "case", "in", "of", "void", "new", "delete", "throw", "yield", "await", "else", "do"];

    // Reads code until the end (or, inside a template hole, until the '}' that closes it).
    private static void Code(string s, ref int i, List<Literal> found, bool nested)
    {
        int depth = 0;
        char last = '\0'; // the last significant character of code
        string word = ""; // the last identifier, when it was the last token
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && At(s, i + 1) == '/') { while (i < s.Length && s[i] != '\n') i++; continue; }
            if (c == '/' && At(s, i + 1) == '*') { int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal); i = end < 0 ? s.Length : end + 2; continue; }
            if (c == '\'' || c == '"') { found.Add(Quoted(s, ref i)); last = 'a'; word = ""; continue; }
            if (c == '`') { Template(s, ref i, found); last = 'a'; word = ""; continue; }
            if (c == '/')
            {
                bool regex = last == '\0' || "(,=:[!&|?{};+-*%<>~^".Contains(last) || BeforeRegex.Contains(word);
                i++;
                if (regex) SkipRegex(s, ref i);
                last = regex ? 'a' : '/';
                word = "";
                continue;
            }
            if (char.IsLetterOrDigit(c) || c == '_' || c == '$')
            {
                int start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || s[i] == '$')) i++;
                word = s[start..i];
                last = 'a';
                continue;
            }
            if (c == '{') depth++;
            if (c == '}')
            {
                if (nested && depth == 0) { i++; return; }
                depth--;
            }
            last = c == ')' || c == ']' ? 'a' : c;
            word = "";
            i++;
        }
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static Literal Quoted(string s, ref int i)
    {
        char quote = s[i];
        int line = LineOf(s, i);
        var text = new StringBuilder();
        i++;
        while (i < s.Length && s[i] != quote && s[i] != '\n')
        {
            if (s[i] == '\\' && i + 1 < s.Length) { text.Append(s[i + 1]); i += 2; continue; }
            text.Append(s[i++]);
        }
        i++;
        return new Literal(line, text.ToString(), false);
    }

    private static void Template(string s, ref int i, List<Literal> found)
    {
        int line = LineOf(s, i);
        var text = new StringBuilder();
        bool holes = false;
        i++;
        while (i < s.Length && s[i] != '`')
        {
            if (s[i] == '\\' && i + 1 < s.Length) { text.Append(s[i + 1]); i += 2; continue; }
            if (s[i] == '$' && At(s, i + 1) == '{')
            {
                i += 2;
                holes = true;
                Code(s, ref i, found, nested: true);
                continue;
            }
            text.Append(s[i++]);
        }
        i++;
        found.Add(new Literal(line, text.ToString(), holes));
    }

    private static void SkipRegex(string s, ref int i)
    {
        bool inClass = false;
        while (i < s.Length && s[i] != '\n')
        {
            char c = s[i++];
            if (c == '\\') { i++; continue; }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) break;
        }
        while (i < s.Length && char.IsLetter(s[i])) i++; // flags
    }

    private static int LineOf(string s, int i)
    {
        int line = 1;
        for (int k = 0; k < i; k++) if (s[k] == '\n') line++;
        return line;
    }

    /// <summary>The web app's own sources: web/src/**/*.js but the generated API typedefs.</summary>
    public static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(Snapshot.PathOf("web/src"), "*.js", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "api-types.js")
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Snapshot.Root, path).Replace('\\', '/');
}
