using System.Globalization;

namespace Safeground.Core.Checks;

/// <summary>
/// The record a finding is about, as a data manager looks it up: its kind and its id
/// ("hazard H-0042", "report R-1234", "find R-1234#3", "deployment D-7").
/// </summary>
/// <remarks>A find has no id of its own: it is the report's id and the find's index in that report (0-based, as in exports' find_index).</remarks>
public sealed record RecordRef(string Kind, string Id)
{
    public static RecordRef Hazard(string id) => new("hazard", id);

    public static RecordRef Report(string id) => new("report", id);

    public static RecordRef Deployment(string id) => new("deployment", id);

    public static RecordRef Find(string reportId, int index) => new("find", reportId + "#" + index.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => Kind + " " + Id;
}
