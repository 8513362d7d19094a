using System.Text.Json;

namespace Safeground.Formats.Export;

/// <summary>Writes fields as members of a GeoJSON "properties" object; non-finite numbers become null (JSON has none).</summary>
internal sealed class GeoJsonFieldSink(Utf8JsonWriter json) : IFieldSink
{
    public void Text(string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public void Number(string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public void Integer(string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public void Boolean(string name, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBoolean(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
