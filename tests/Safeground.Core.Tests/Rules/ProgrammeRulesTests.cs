using Safeground.Core.Hazards;
using Safeground.Core.Rules;

namespace Safeground.Core.Tests.Rules;

public class ProgrammeRulesTests
{
    [Fact]
    public void The_default_programme_has_every_rule_with_the_figures_of_the_domain()
    {
        var rules = ProgrammeRules.Default;
        foreach (var id in typeof(RuleIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!))
            Assert.True(rules.Rules.ContainsKey(id), $"rule {id} missing from programmes/default.json");
        Assert.Equal(100, rules.Threshold(RuleIds.ProductivityManual));
        Assert.Equal(3000, rules.Threshold(RuleIds.ProductivityMachine));
        Assert.Equal(0.1, rules.Threshold(RuleIds.EoDensityReview));
        Assert.Equal(Severity.Error, rules[RuleIds.EoDensityReject].Severity);
        Assert.Equal(HazardClass.Cha, rules.Evidence.Suggest([new Evidence(EvidenceType.EoSeen, EvidenceSource.Verbal)]));
        Assert.Equal(HazardClass.Sha, rules.Evidence.Suggest([new Evidence(EvidenceType.Scrap, EvidenceSource.Verbal)]));
    }

    [Fact]
    public void A_programme_file_overrides_only_what_it_says()
    {
        var rules = ProgrammeRules.Parse("""
            {
              // Cambodia's standards: machines on laterite are slower
              "programme": "cambodia",
              "rules": { "productivity-machine": { "severity": "error", "threshold": 1500 } },
              "evidence": { "sources": { "verbal": 0.3 } }
            }
            """, "cambodia.json");
        Assert.Equal("cambodia", rules.Name);
        Assert.Equal(1500, rules.Threshold(RuleIds.ProductivityMachine));
        Assert.Equal(Severity.Error, rules[RuleIds.ProductivityMachine].Severity);
        Assert.Equal(100, rules.Threshold(RuleIds.ProductivityManual));
        Assert.Equal(0.3, rules.Evidence.Sources[EvidenceSource.Verbal]);
        Assert.Equal(0.5, rules.Evidence.Types[EvidenceType.Marking]);
    }

    [Theory]
    [InlineData("""{ "rules": { "productivity-manaul": { "severity": "warning" } } }""", "line 1: unknown rule \"productivity-manaul\"")]
    [InlineData("""{ "rules": { "productivity-manual": { "severity": "fatal" } } }""", "$.rules.productivity-manual.severity")]
    [InlineData("""{ "rules": { "productivity-manual": { "severity": "warning", "threshold": -5 } } }""", "threshold -5 cannot be negative")]
    [InlineData("""{ "evidence": { "types": { "rumour": 1 } } }""", "$.evidence.types")]
    [InlineData("""{ "programme": "x", """, "line")]
    public void A_broken_programme_file_is_refused_naming_the_file_and_the_place(string json, string expected)
    {
        var e = Assert.Throws<SafegroundException>(() => ProgrammeRules.Parse(json, "ukraine.json"));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.StartsWith("ukraine.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
