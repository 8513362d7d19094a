using System.Globalization;
using Safeground.Core.Access;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Reference;

/// <summary>
/// Adds, edits and retires organisations, teams and deployments (<c>safeground organisation|team|deployment</c>, the
/// reference API): admins and data managers only. Nothing is deleted: old reports still name what is retired. Each
/// write is checked first (a team's organisation and a deployment's team must exist and not be retired, ids are unique,
/// counts positive, dates in order); an unknown id is an error naming the ids it probably meant. The caller writes the
/// audit line (the CLI's <c>CliAudit</c>, the server's audit middleware), refused attempts included.
/// </summary>
public sealed class ReferenceEditor(ISafegroundStore store)
{
    public Organisation AddOrganisation(Organisation organisation, User by)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Allowed(by);
        Required("id", organisation.Id);
        Required("name", organisation.Name);
        Required("country", organisation.Country);
        if (store.Organisations().Any(o => o.Id == organisation.Id)) throw Duplicate("word.organisation", organisation.Id);
        Check(organisation);
        Put(tx => tx.Put(organisation));
        return organisation;
    }

    /// <summary>Replaces name, country and accreditations; the retirement date stays as it is.</summary>
    public Organisation EditOrganisation(Organisation organisation, User by)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Allowed(by);
        Required("name", organisation.Name);
        Required("country", organisation.Country);
        var stored = Find(store.Organisations(), o => o.Id, "id", "word.organisation", organisation.Id);
        Check(organisation);
        var edited = organisation with { RetiredOn = stored.RetiredOn };
        Put(tx => tx.Put(edited));
        return edited;
    }

    public Organisation RetireOrganisation(string id, DateOnly on, User by)
    {
        Allowed(by);
        var stored = Find(store.Organisations(), o => o.Id, "id", "word.organisation", id);
        NotRetired("word.organisation", id, stored.RetiredOn);
        var retired = stored with { RetiredOn = on };
        Put(tx => tx.Put(retired));
        return retired;
    }

    public Team AddTeam(Team team, User by)
    {
        ArgumentNullException.ThrowIfNull(team);
        Allowed(by);
        Required("id", team.Id);
        if (store.Teams().Any(t => t.Id == team.Id)) throw Duplicate("word.team", team.Id);
        Check(team);
        Put(tx => tx.Put(team));
        return team;
    }

    /// <summary>Replaces everything but the retirement date.</summary>
    public Team EditTeam(Team team, User by)
    {
        ArgumentNullException.ThrowIfNull(team);
        Allowed(by);
        var stored = Find(store.Teams(), t => t.Id, "id", "word.team", team.Id);
        Check(team);
        var edited = team with { RetiredOn = stored.RetiredOn };
        Put(tx => tx.Put(edited));
        return edited;
    }

    public Team RetireTeam(string id, DateOnly on, User by)
    {
        Allowed(by);
        var stored = Find(store.Teams(), t => t.Id, "id", "word.team", id);
        NotRetired("word.team", id, stored.RetiredOn);
        var retired = stored with { RetiredOn = on };
        Put(tx => tx.Put(retired));
        return retired;
    }

    public Deployment AddDeployment(Deployment deployment, User by)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        Allowed(by);
        Required("id", deployment.Id);
        if (store.Deployments().Any(d => d.Id == deployment.Id)) throw Duplicate("word.deployment", deployment.Id);
        Check(deployment);
        Put(tx => tx.Put(deployment));
        return deployment;
    }

    /// <summary>Replaces everything but the retirement date.</summary>
    public Deployment EditDeployment(Deployment deployment, User by)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        Allowed(by);
        var stored = Find(store.Deployments(), d => d.Id, "id", "word.deployment", deployment.Id);
        Check(deployment);
        var edited = deployment with { RetiredOn = stored.RetiredOn };
        Put(tx => tx.Put(edited));
        return edited;
    }

    public Deployment RetireDeployment(string id, DateOnly on, User by)
    {
        Allowed(by);
        var stored = Find(store.Deployments(), d => d.Id, "id", "word.deployment", id);
        NotRetired("word.deployment", id, stored.RetiredOn);
        if (on < stored.Start)
            throw SafegroundException.Invalid(Texts.Render("error.refdata.retired-before-start", ("id", id), ("date", Iso(on)), ("start", Iso(stored.Start))));
        var retired = stored with { RetiredOn = on };
        Put(tx => tx.Put(retired));
        return retired;
    }

    private static void Check(Organisation organisation)
    {
        var twice = organisation.Accreditations.GroupBy(a => a.Activity).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw SafegroundException.Invalid(Texts.Render("error.refdata.listed-twice", ("field", "accreditations"), ("value", StoredNames.Of(twice.Key))));
    }

    private void Check(Team team)
    {
        Required("name", team.Name);
        Positive("size", team.Size);
        var organisation = Find(store.Organisations(), o => o.Id, "organisationId", "word.organisation", team.OrganisationId);
        Usable("word.organisation", organisation.Id, organisation.RetiredOn);
        foreach (var r in team.Roles) Positive("roles", r.Count);
        var twice = team.Roles.GroupBy(r => r.Role).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw SafegroundException.Invalid(Texts.Render("error.refdata.listed-twice", ("field", "roles"), ("value", StoredNames.Of(twice.Key))));
    }

    private void Check(Deployment deployment)
    {
        Required("region", deployment.Region);
        Positive("plannedDays", deployment.PlannedDays);
        var team = Find(store.Teams(), t => t.Id, "teamId", "word.team", deployment.TeamId);
        Usable("word.team", team.Id, team.RetiredOn);
    }

    private static void Allowed(User by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!AccessPolicy.CanManageReference(by))
            throw SafegroundException.Forbidden(Texts.Render("error.refdata.forbidden", ("username", by.Username), ("role", Words.Id(by.Role)),
                ("disabled", by.Disabled ? Texts.Render("word.disabled-suffix") : "")));
    }

    private static void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) throw SafegroundException.Invalid(Texts.Render("error.refdata.required", ("field", field)));
    }

    private static void Positive(string field, int value)
    {
        if (value <= 0) throw SafegroundException.Invalid(Texts.Render("error.refdata.not-positive", ("field", field), ("value", value)));
    }

    /// <summary>The record with <paramref name="id"/>, or a NotFound error naming the close ids.</summary>
    private static T Find<T>(IReadOnlyList<T> records, Func<T, string> idOf, string field, string what, string? id)
    {
        Required(field, id);
        var found = records.FirstOrDefault(r => idOf(r) == id);
        if (found is not null) return found;
        var close = CloseIds.Of(records.Select(idOf), id!);
        var message = close.Count > 0 ? "issue.unknown-id.close" : "issue.unknown-id";
        throw SafegroundException.NotFound(Texts.Render(message, ("field", field), ("what", what), ("id", id!), ("close", string.Join(", ", close))));
    }

    private static SafegroundException Duplicate(string what, string id) =>
        SafegroundException.Conflict(Texts.Render("error.refdata.duplicate", ("what", what), ("id", id)));

    private static void NotRetired(string what, string id, DateOnly? retiredOn)
    {
        if (retiredOn is { } r)
            throw SafegroundException.Conflict(Texts.Render("error.refdata.already-retired", ("what", what), ("id", id), ("date", Iso(r))));
    }

    // New work cannot be put under something retired: a team of a retired organisation would report under it.
    private static void Usable(string what, string id, DateOnly? retiredOn)
    {
        if (retiredOn is { } r)
            throw SafegroundException.Invalid(Texts.Render("error.refdata.parent-retired", ("what", what), ("id", id), ("date", Iso(r))));
    }

    private void Put(Action<IStoreTransaction> write)
    {
        using var tx = store.BeginWrite();
        write(tx);
        tx.Commit();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
