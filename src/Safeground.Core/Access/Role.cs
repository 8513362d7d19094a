namespace Safeground.Core.Access;

/// <summary>What a user may do, in ascending order of power (see <see cref="AccessPolicy"/>).</summary>
public enum Role
{
    /// <summary>Reads approved data.</summary>
    Viewer,

    /// <summary>Submits reports for its own organisation and sees that organisation's unapproved reports.</summary>
    FieldReporter,

    /// <summary>Approves, rejects and supersedes reports (of its organisation, or any report when of the national authority).</summary>
    DataManager,

    /// <summary>Everything, and manages users.</summary>
    Admin,
}
