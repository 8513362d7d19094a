using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app's view of the API's contracts: JSDoc typedefs generated from the OpenAPI snapshot (web/src/api-types.js),
/// and a scanner of the fields the web app reads from answers, resolved against the snapshot's schemas.
/// </summary>
internal static partial class WebApiTypes
{
    public const string TypesPath = "web/src/api-types.js";

    /// <summary>One typedef per schema of the document, in the schemas' order.</summary>
    public static string Generate(JsonNode document)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var js = new StringBuilder();
        js.Append("// The REST API's answers as the web app reads them: JSDoc typedefs generated from the OpenAPI snapshot\n")
          .Append($"// ({OpenApiSnapshotTests.SnapshotPath}) by the Server.Tests' WebApiTypesTests. Do not edit: refresh with\n")
          .Append($"// {Snapshot.UpdateVariable}=1 dotnet test tests/Safeground.Server.Tests --filter Snapshot. Use as\n")
          .Append("// /** @param {import('../api-types.js').HazardDetailView} h */ ; the test checks the fields read from such names.\n\n");
        foreach (var (name, schema) in schemas)
        {
            var properties = schema?["properties"]?.AsObject();
            if (properties is null)
            {
                js.Append($"/** @typedef {{{TypeOf(schema)}}} {name} */\n\n");
                continue;
            }
            var required = schema!["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            js.Append("/**\n").Append($" * @typedef {{object}} {name}\n");
            foreach (var (property, type) in properties)
                js.Append($" * @property {{{TypeOf(type)}}} {(required.Contains(property) ? property : $"[{property}]")}\n");
            js.Append(" */\n\n");
        }
        js.Append("export {};\n");
        return js.ToString();
    }

    private static string TypeOf(JsonNode? s)
    {
        if (s is not JsonObject o || o.Count == 0) return "*";
        if (o["$ref"] is { } reference) return reference.GetValue<string>().Split('/')[^1];
        if (o["enum"] is JsonArray values) return string.Join("|", values.Select(v => v is null ? "null" : $"'{v.GetValue<string>()}'"));
        if (o["oneOf"] is JsonArray one) return string.Join("|", one.Select(TypeOf).Distinct());
        var types = o["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => ["object"],
        };
        return string.Join("|", types.Select(t => t switch
        {
            "array" => $"Array<{TypeOf(o["items"])}>",
            "object" when o["additionalProperties"] is JsonObject values => $"Object<string, {TypeOf(values)}>",
            "integer" => "number",
            _ => t,
        }));
    }

    /// <summary>A field the web app reads that no schema has: where, and the chain of names.</summary>
    public sealed record UnknownField(string File, int Line, string Read);

    /// <summary>
    /// Every field the web app reads from an answer that the schemas do not have. Two kinds of reads are checked:
    /// chains after <c>.body.</c> (an <c>api()</c> result's answer), which must resolve in some schema; and names a function
    /// declares with a typedef of <see cref="TypesPath"/> (<c>@param {import('../api-types.js').X} h</c>, or an inline <c>@type</c> of an arrow's parameter), whose
    /// fields must resolve in schema X within that function.
    /// </summary>
    public static List<UnknownField> Scan(JsonNode document, string webSource)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var unknown = new List<UnknownField>();
        foreach (var file in Directory.EnumerateFiles(webSource, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith("api-types.js", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(webSource, file).Replace('\\', '/');
            foreach (Match m in BodyChain().Matches(text))
            {
                if (m.Value.StartsWith("document.", StringComparison.Ordinal)) continue; // the page's <body>, not an answer
                var chain = Names(m.Groups[1].Value);
                // An answer that is a list (the ordnance catalogue): what follows is an array's method, not a field.
                if (ArrayMethods.Contains(chain[0])) continue;
                // An answer is an object with named properties; an open schema (a report's JSON) would take any chain.
                if (!schemas.Any(s => s.Value?["properties"] is not null && Resolves(schemas, s.Value, chain)))
                    unknown.Add(new(name, LineOf(text, m.Index), m.Value));
            }
            foreach (Match m in TypedParam().Matches(text))
            {
                var type = m.Groups[1].Value;
                if (!schemas.ContainsKey(type))
                {
                    unknown.Add(new(name, LineOf(text, m.Index), $"@param {{{type}}}: no such schema"));
                    continue;
                }
                var scopeEnd = text.IndexOf("\n}", m.Index, StringComparison.Ordinal);
                var scope = text[m.Index..(scopeEnd < 0 ? text.Length : scopeEnd)];
                var use = new Regex($@"(?<![\w.$]){Regex.Escape(m.Groups[2].Value)}((?:\??\.[A-Za-z_$][\w$]*)+)");
                foreach (Match u in use.Matches(scope))
                    if (!Resolves(schemas, schemas[type], Names(u.Groups[1].Value)))
                        unknown.Add(new(name, LineOf(text, m.Index + u.Index), u.Value));
            }
        }
        return unknown;
    }

    private static readonly HashSet<string> ArrayMethods = ["slice", "map", "flatMap", "filter", "find", "some", "every", "forEach", "length", "sort", "reduce", "includes"];

    private static List<string> Names(string chain) => chain.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(n => n.TrimEnd('?')).ToList();

    /// <summary>
    /// Whether the chain of names can be read from <paramref name="schema"/>: each name a property (or a key of a map);
    /// reading stops at a value that is not an object (an array's or a string's methods follow) or whose shape is open.
    /// </summary>
    private static bool Resolves(JsonObject schemas, JsonNode? schema, List<string> chain)
    {
        var current = schema;
        foreach (var name in chain)
        {
            current = Deref(schemas, current);
            if (current is not JsonObject o) return true;
            var properties = o["properties"]?.AsObject();
            if (properties is null) return o["additionalProperties"] is not null || !IsObject(o);
            if (properties.TryGetPropertyValue(name, out var next)) current = next;
            else if (o["additionalProperties"] is JsonObject values) current = values;
            else return false;
        }
        return true;
    }

    private static bool IsObject(JsonObject o) => o["type"]?.ToJsonString().Contains("object", StringComparison.Ordinal) == true;

    private static JsonNode? Deref(JsonObject schemas, JsonNode? schema)
    {
        for (int i = 0; i < 10 && schema is JsonObject o; i++)
        {
            if (o["$ref"] is { } r) schema = schemas[r.GetValue<string>().Split('/')[^1]];
            else if (o["oneOf"] is JsonArray one && one.Count(s => s?["type"]?.ToString() != "null") == 1) schema = one.First(s => s?["type"]?.ToString() != "null");
            else return o;
        }
        return schema;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"[\w$]*\.body\??((?:\??\.[A-Za-z_$][\w$]*)+)")]
    private static partial Regex BodyChain();

    // "@param {import('../api-types.js').X} h" before a function, or "(/** @type {import('../api-types.js').X} */ r) =>" inline.
    [GeneratedRegex(@"@(?:param|type) \{import\('[./]*api-types\.js'\)\.(\w+)\}(?: \*/)? \(?(\w+)")]
    private static partial Regex TypedParam();
}
