namespace Safeground.Contracts;

/// <summary>Where a record is served in the REST API: the hrefs the contracts carry.</summary>
public static class ApiLinks
{
    public static string Report(string id) => "/api/v1/reports/" + Uri.EscapeDataString(id);

    public static string Hazard(string id) => "/api/v1/hazards/" + Uri.EscapeDataString(id);
}
