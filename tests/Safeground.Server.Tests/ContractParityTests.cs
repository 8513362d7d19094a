using System.Diagnostics;
using System.Text.Json;

namespace Safeground.Server.Tests;

/// <summary>
/// The same thing has the same shape in the API and in the CLI's --json (issue 15): both are Safeground.Contracts records.
/// Each case asks the server and runs the command on the same store and compares the answers' shapes (every property path
/// with its JSON kind), leaving out only what one side has by design (the CLI names its store; a claim's recorded deployments).
/// Before the contracts, a claim's figures had <c>recorded</c> as a sentence in the API and an object in the CLI, a timeline
/// said <c>hazard</c> in one and <c>hazardId</c> in the other, and a report list said <c>date</c>/<c>reason</c> against
/// <c>dateOfInformation</c>/<c>statusReason</c>.
/// </summary>
public class ContractParityTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_rollup_has_the_shape_of_status_json()
    {
        Same(await Api.GetOk(server.Client, "/api/v1/rollups?by=region"), Cli("status", "--by", "region"), cliOnly: ["$.store"]);
    }

    [Fact]
    public async Task A_timeline_has_the_same_shape_in_both()
    {
        var hazard = (await Api.GetOk(server.Client, "/api/v1/hazards?limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        Same(await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}/timeline"), Cli("timeline", hazard), cliOnly: ["$.store"]);
    }

    [Fact]
    public async Task A_report_and_the_report_list_have_the_same_shape_in_both()
    {
        var first = (await Api.GetOk(server.Client, "/api/v1/reports?status=approved&limit=1")).GetProperty("items")[0];
        var id = first.GetProperty("id").GetString()!;
        var listed = Cli("report", "list", "--status", "approved").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Same(first, listed);
        Same(await Api.GetOk(server.Client, $"/api/v1/reports/{id}"), Cli("report", "show", id));
    }

    [Fact]
    public async Task A_check_and_a_claim_have_the_same_shape_in_both()
    {
        // The CLI's summary says whether --fail-on failed; it is a CheckSummaryView field the API leaves out.
        Same(await Api.GetOk(server.Client, "/api/v1/checks?minSeverity=warning"), Cli("check", "--min-severity", "warning"),
            cliOnly: ["$.store", "$.summary.failed"]);
        var (status, claim) = await Api.Post(server.Client, "/api/v1/checks/claim", """{ "devices": 20000, "area": "150 ha", "days": 60, "people": 200 }""");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Same(claim, Cli("check", "claim", "--devices", "20000", "--area", "150 ha", "--days", "60", "--people", "200"), cliOnly: ["$.recorded"]);
    }

    [Fact]
    public async Task Rules_tokens_and_users_have_the_same_shape_in_both()
    {
        Same(await Api.GetOk(server.Client, "/api/v1/rules"), Cli("rules", "show"));
        var api = await Api.GetOk(server.ClientFor("viewer"), "/api/v1/users/viewer/tokens");
        Same(api[0], Cli("user", "tokens", "viewer")[0]);
        var me = await Api.GetOk(server.ClientFor("viewer"), "/api/v1/session/me");
        var listed = Cli("user", "list").EnumerateArray().Single(u => u.GetProperty("username").GetString() == "viewer");
        Same(me, listed, cliOnly: ["$.disabled", "$.created"]);
    }

    private JsonElement Cli(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "safeground.dll") }.Concat(args).Concat(["--store", server.StorePath, "--json"]))
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"safeground {string.Join(' ', args)}: exit {process.ExitCode}\n{stderr.Result}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static void Same(JsonElement api, JsonElement cli, string[]? cliOnly = null)
    {
        var a = Shape(api);
        var c = Shape(cli).Where(p => cliOnly?.Any(o => p == o || p.StartsWith(o + ".", StringComparison.Ordinal) || p.StartsWith(o + "[", StringComparison.Ordinal) || p.StartsWith(o + ":", StringComparison.Ordinal)) != true).ToHashSet();
        var onlyApi = a.Except(c).Order(StringComparer.Ordinal).ToList();
        var onlyCli = c.Except(a).Order(StringComparer.Ordinal).ToList();
        Assert.True(onlyApi.Count == 0 && onlyCli.Count == 0,
            "the API and the CLI answer in different shapes:\nonly in the API:\n  " + string.Join("\n  ", onlyApi) + "\nonly in the CLI:\n  " + string.Join("\n  ", onlyCli));
    }

    /// <summary>Every property path with its JSON kind ("$.figures[].recorded.text:String"); array items merged; map keys kept.</summary>
    private static HashSet<string> Shape(JsonElement e)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Walk(string at, JsonElement x)
        {
            // Numbers are one kind: 3 and 3.5 are the same field.
            paths.Add($"{at}:{(x.ValueKind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : x.ValueKind.ToString())}");
            if (x.ValueKind == JsonValueKind.Object) foreach (var p in x.EnumerateObject()) Walk($"{at}.{p.Name}", p.Value);
            else if (x.ValueKind == JsonValueKind.Array) foreach (var item in x.EnumerateArray()) Walk($"{at}[]", item);
        }
        Walk("$", e);
        return paths;
    }
}
