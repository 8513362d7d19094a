namespace Safeground.Formats.Export;

/// <summary>Collects one record's fields, typed, in order; the shapefile writer sizes its text columns from them and then writes them.</summary>
internal sealed class ShapefileFieldSink : IFieldSink
{
    public enum Kind
    {
        Text,
        Number,
        Integer,
        Boolean,
    }

    public List<(string Name, Kind Type, object? Value)> Fields { get; } = [];

    public void Text(string name, string? value) => Fields.Add((name, Kind.Text, value));

    public void Number(string name, double? value) => Fields.Add((name, Kind.Number, value is { } v && double.IsFinite(v) ? v : null));

    public void Integer(string name, long? value) => Fields.Add((name, Kind.Integer, value));

    public void Boolean(string name, bool? value) => Fields.Add((name, Kind.Boolean, value));
}
