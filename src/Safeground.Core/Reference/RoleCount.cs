namespace Safeground.Core.Reference;

/// <summary>How many members of a team hold a role.</summary>
public sealed record RoleCount(TeamRole Role, int Count);
