using System.Globalization;

namespace Safeground.Formats.Export;

/// <summary>Collects one CSV row as text cells (numbers round-trip, invariant); null stays null so it is written as an empty cell.</summary>
internal sealed class CsvFieldSink : IFieldSink
{
    public List<string> Names { get; } = [];

    public List<string?> Cells { get; } = [];

    public void Text(string name, string? value) => Add(name, value);

    public void Number(string name, double? value) =>
        Add(name, value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null);

    public void Integer(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Boolean(string name, bool? value) => Add(name, value is { } v ? (v ? "true" : "false") : null);

    private void Add(string name, string? value)
    {
        Names.Add(name);
        Cells.Add(value);
    }
}
