using Safeground.Core.Text;

namespace Safeground.Core.Rules;

/// <summary>The rules a store runs on and the stored version they come from; <see cref="Stored"/> is null for the built-in default, never set.</summary>
public sealed record ProgrammeVersion(ProgrammeRules Rules, StoredRules? Stored)
{
    public bool IsBuiltInDefault => Stored is null;

    /// <summary>"version 3, set by ana on 2026-05-01 12:00 UTC" or "built-in default, never set".</summary>
    public string Describe() => Stored is { } s
        ? Texts.Render("rules.version", ("version", s.Version), ("by", s.SetBy), ("at", FormattableString.Invariant($"{s.SetAt.UtcDateTime:yyyy-MM-dd HH:mm}")))
        : Texts.Render("rules.built-in");
}
