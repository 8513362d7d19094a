using Safeground.Core;
using Safeground.Core.Access;
using Safeground.Core.Reference;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>
/// Organisations, teams and deployments managed (<see cref="ReferenceEditor"/>): added, edited and retired by admins and
/// data managers only, checked before anything is written, with the ids a typo probably meant.
/// </summary>
public abstract class ReferenceEditorTests<TKind> : LifecycleTestStore<TKind> where TKind : StoreKind, new()
{
    private static readonly User Viewer = new("viewer", "Viewer", Role.Viewer, null, false, DateTimeOffset.UnixEpoch);
    private static readonly User Manager = TestDeciders.DataManager;

    private ReferenceEditor Editor => new(Store);

    private static Team TeamOf(string id, string org = "ORG-A") =>
        new(id, org, "Manual team " + id, AssetKind.Manual, 10) { Roles = [new RoleCount(TeamRole.TeamLeader, 1), new RoleCount(TeamRole.Deminer, 8)] };

    [SkippableFact]
    public void A_data_manager_adds_edits_and_retires_an_organisation_team_and_deployment()
    {
        Editor.AddOrganisation(new Organisation("ORG-B", "Beta", "UA") { Accreditations = [new Accreditation(Activity.Clearance, new DateOnly(2027, 1, 1))] }, Manager);
        Editor.AddTeam(TeamOf("T-1", "ORG-B"), Manager);
        Editor.AddDeployment(new Deployment("D-1", "T-1", "Kharkiv", new DateOnly(2026, 3, 1), 120), Manager);

        Editor.EditOrganisation(new Organisation("ORG-B", "Beta Demining", "UA") { Accreditations = [new Accreditation(Activity.Eod)] }, Manager);
        Editor.RetireTeam("T-1", new DateOnly(2026, 8, 1), Manager);
        // An edit keeps the retirement: only retire sets it.
        Editor.EditTeam(TeamOf("T-1", "ORG-B") with { Size = 12 }, Manager);
        Editor.RetireDeployment("D-1", new DateOnly(2026, 7, 1), Manager);

        var org = Store.Organisations().Single(o => o.Id == "ORG-B");
        Assert.Equal("Beta Demining", org.Name);
        Assert.Equal([new Accreditation(Activity.Eod)], org.Accreditations);
        var team = Assert.Single(Store.Teams());
        Assert.Equal((12, new DateOnly(2026, 8, 1)), (team.Size, team.RetiredOn));
        Assert.Equal(new DateOnly(2026, 7, 1), Assert.Single(Store.Deployments()).RetiredOn);
    }

    [SkippableFact]
    public void Only_admins_and_data_managers_change_reference_data()
    {
        var e = Assert.Throws<SafegroundException>(() => Editor.AddOrganisation(new Organisation("ORG-B", "Beta", "UA"), Viewer));
        Assert.Equal(ErrorKind.Forbidden, e.Kind);
        var disabled = Manager with { Disabled = true };
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<SafegroundException>(() => Editor.RetireOrganisation("ORG-A", new DateOnly(2026, 1, 1), disabled)).Kind);
        Assert.Single(Store.Organisations());
        Assert.Null(Store.Organisations()[0].RetiredOn);
    }

    [SkippableFact]
    public void Unknown_ids_are_refused_with_the_ids_they_probably_meant()
    {
        var e = Assert.Throws<SafegroundException>(() => Editor.AddTeam(TeamOf("T-1", "ORG-B"), Manager));
        Assert.Equal(ErrorKind.NotFound, e.Kind);
        Assert.Contains("'ORG-B'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'ORG-A'", e.Message, StringComparison.Ordinal);
        Editor.AddTeam(TeamOf("T-10"), Manager);
        var d = Assert.Throws<SafegroundException>(() => Editor.AddDeployment(new Deployment("D-1", "T-11", "Kharkiv", new DateOnly(2026, 3, 1), 120), Manager));
        Assert.Contains("'T-10'", d.Message, StringComparison.Ordinal);
        var edit = Assert.Throws<SafegroundException>(() => Editor.RetireOrganisation("org-a", new DateOnly(2026, 1, 1), Manager));
        Assert.Equal(ErrorKind.NotFound, edit.Kind);
        Assert.Contains("'ORG-A'", edit.Message, StringComparison.Ordinal);
        Assert.Empty(Store.Deployments());
    }

    [SkippableFact]
    public void Duplicates_bad_counts_and_dates_are_refused_and_nothing_is_written()
    {
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => Editor.AddOrganisation(new Organisation("ORG-A", "Again", "UA"), Manager)).Kind);
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() =>
            Editor.AddOrganisation(new Organisation("ORG-C", "C", "UA") { Accreditations = [new Accreditation(Activity.Eod), new Accreditation(Activity.Eod)] }, Manager)).Kind);
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() => Editor.AddTeam(TeamOf("T-1") with { Size = 0 }, Manager)).Kind);
        Editor.AddTeam(TeamOf("T-1"), Manager);
        Editor.AddDeployment(new Deployment("D-1", "T-1", "Kharkiv", new DateOnly(2026, 3, 1), 120), Manager);
        var early = Assert.Throws<SafegroundException>(() => Editor.RetireDeployment("D-1", new DateOnly(2026, 2, 28), Manager));
        Assert.Equal(ErrorKind.Invalid, early.Kind);
        Editor.RetireTeam("T-1", new DateOnly(2026, 8, 1), Manager);
        Assert.Equal(ErrorKind.Conflict, Assert.Throws<SafegroundException>(() => Editor.RetireTeam("T-1", new DateOnly(2026, 9, 1), Manager)).Kind);
        // No new deployment under a retired team.
        Assert.Equal(ErrorKind.Invalid, Assert.Throws<SafegroundException>(() =>
            Editor.AddDeployment(new Deployment("D-2", "T-1", "Kharkiv", new DateOnly(2026, 9, 1), 120), Manager)).Kind);
        Assert.Equal(["ORG-A"], Store.Organisations().Select(o => o.Id));
        Assert.Equal(["D-1"], Store.Deployments().Select(d => d.Id));
        Assert.Null(Store.Deployments()[0].RetiredOn);
    }
}
