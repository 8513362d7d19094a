using Safeground.Core.Text;

namespace Safeground.Core.Access;

/// <summary>Roles as users write them: viewer, field-reporter, data-manager, admin.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.FieldReporter => "field-reporter",
        Role.DataManager => "data-manager",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<Role>().Select(Of)];

    /// <summary>The role named <paramref name="text"/> (case-insensitive); an unknown name is an Invalid error naming it.</summary>
    public static Role Parse(string text)
    {
        foreach (var r in Enum.GetValues<Role>())
            if (string.Equals(Of(r), text, StringComparison.OrdinalIgnoreCase)) return r;
        throw SafegroundException.Invalid(Texts.Render("error.access.role-not-one", ("text", text), ("all", string.Join(", ", All))));
    }
}
