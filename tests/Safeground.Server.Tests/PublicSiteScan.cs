using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Server.Tests;

/// <summary>
/// What a viewer of the public site must never see, read from the store itself: every find's, accident's, civilian
/// incident's and risk-education session's position (as a lon/lat pair at 4 decimals or more), every report, hazard and
/// team id, every free text of every report (victims' names, addresses and injuries, notes, evidence, team members,
/// handover receivers, incident sources, session places), organisation and team names, user names, the password and
/// tokens. <see cref="Leaks"/> lists each one found in a file.
/// </summary>
internal sealed partial class PublicSiteScan
{
    private const int MaxDecimals = 10;
    private readonly HashSet<(double, double, int)> _positions = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public PublicSiteScan(ISafegroundStore store, IEnumerable<string> secrets)
    {
        foreach (var f in store.Finds()) Position(f.Find.Position.X, f.Find.Position.Y);
        foreach (var a in store.Accidents()) if (a.Accident.Position is { IsEmpty: false } p) Position(p.X, p.Y);
        foreach (var r in store.Reports())
            if (r.Report.Body switch { CasualtyIncident i => i.Position, Core.RiskEducation.RiskEducationSession s => s.Position, _ => null } is { IsEmpty: false } at)
            {
                Position(at.X, at.Y);
                PeoplePositions++;
            }
        // A find that lies on a vertex of a hazard's or a release's outline (to the digits written) is not given away by
        // that outline: the outlines are public. Such positions are not looked for; every other one is.
        var vertices = new HashSet<(double, double, int)>();
        foreach (var h in store.Hazards())
            foreach (var g in new[] { h.Original, h.Remaining }.Concat(h.Releases.Select(r => r.Area)))
                foreach (var c in g.Coordinates)
                    for (int p = 4; p <= MaxDecimals; p++) vertices.Add((Math.Round(c.X, p), Math.Round(c.Y, p), p));
        _positions.ExceptWith(vertices);
        var regions = store.Regions().Select(r => r.Name).Concat(store.Hazards().Select(h => h.Region ?? "")).ToHashSet(StringComparer.Ordinal);
        foreach (var r in store.Reports())
        {
            _ids.Add(r.Report.Id);
            if (r.Report.HazardId is { } hazard) _ids.Add(hazard);
            if (r.Report.SubmittedBy is { Length: > 0 } by) _texts.Add(by);
            // Every free text of the report (names, addresses, notes, models...): a string with a space or of some length.
            using var doc = JsonDocument.Parse(ReportJson.Serialize(r.Report));
            Strings(doc.RootElement, s =>
            {
                if (regions.Contains(s)) return; // region names are public
                if (s.Contains(' ', StringComparison.Ordinal) && s.Length >= 6 && !s.StartsWith("POLYGON", StringComparison.Ordinal) && !s.StartsWith("MULTIPOLYGON", StringComparison.Ordinal) && !s.StartsWith("POINT", StringComparison.Ordinal)) _texts.Add(s);
            });
        }
        foreach (var t in store.Teams()) { _ids.Add(t.Id); _texts.Add(t.Name); }
        // The site counts sessions and incidents; who held or reported them is not published.
        foreach (var o in store.Organisations()) _texts.Add(o.Name);
        _texts.AddRange(secrets);
        TextCount = _texts.Count;
    }

    /// <summary>How many texts are looked for (a scan that looks for nothing proves nothing).</summary>
    public int TextCount { get; }

    public int PositionCount => _positions.Count(k => k.Item3 == MaxDecimals);

    /// <summary>How many civilian incidents and risk-education sessions have a position looked for.</summary>
    public int PeoplePositions { get; }

    public int IdCount => _ids.Count;

    public IEnumerable<string> Leaks(string file, string text)
    {
        foreach (Match m in Pair().Matches(text))
        {
            string x = m.Groups["x"].Value, y = m.Groups["y"].Value;
            if (Hit(x, y) || Hit(y, x)) yield return $"{file}: a find's or accident's position {x}, {y}";
        }
        foreach (Match m in Token().Matches(text))
            if (_ids.Contains(m.Value)) yield return $"{file}: id {m.Value}";
        foreach (var t in _texts.Distinct(StringComparer.Ordinal))
            if (text.Contains(t, StringComparison.OrdinalIgnoreCase) || text.Contains(System.Net.WebUtility.HtmlEncode(t), StringComparison.OrdinalIgnoreCase))
                yield return $"{file}: text '{t}'";
    }

    private bool Hit(string x, string y)
    {
        int p = Math.Min(Decimals(x), Decimals(y));
        if (p < 4) return false;
        p = Math.Min(p, MaxDecimals);
        return _positions.Contains((Math.Round(double.Parse(x, CultureInfo.InvariantCulture), p), Math.Round(double.Parse(y, CultureInfo.InvariantCulture), p), p));
    }

    private static int Decimals(string n) => n.IndexOf('.', StringComparison.Ordinal) is var i and >= 0 ? n.Length - i - 1 : 0;

    private void Position(double lon, double lat)
    {
        for (int p = 4; p <= MaxDecimals; p++) _positions.Add((Math.Round(lon, p), Math.Round(lat, p), p));
    }

    private static void Strings(JsonElement e, Action<string> found)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: found(e.GetString()!); break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Strings(p.Value, found); break;
            case JsonValueKind.Array: foreach (var v in e.EnumerateArray()) Strings(v, found); break;
        }
    }

    /// <summary>Two numbers written as a pair ("36.1, 49.2", "[36.1,49.2]", "36.1 49.2"), matched left to right without overlap.</summary>
    [GeneratedRegex(@"(?<x>-?\d+\.\d+)\s*,?\s*(?<y>-?\d+\.\d+)")]
    private static partial Regex Pair();

    [GeneratedRegex(@"[A-Za-z0-9_-]{3,}")]
    private static partial Regex Token();
}
