namespace Safeground.Formats.Export;

/// <summary>
/// Receives the attribute fields of one exported record, typed, so the GeoJSON and CSV exports share one
/// list of fields per record kind. Called with no record (all values null) to learn the column names.
/// </summary>
internal interface IFieldSink
{
    void Text(string name, string? value);

    void Number(string name, double? value);

    void Integer(string name, long? value);

    void Boolean(string name, bool? value);
}
