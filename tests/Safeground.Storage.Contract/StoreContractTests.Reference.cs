using Safeground.Core.Reference;

namespace Safeground.Storage.Contract;

// Reference data managed: accreditations, team roles and retirement survive a round trip and an edit.
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void Accreditations_roles_and_retirement_round_trip()
    {
        using var store = CreateStore();
        var org = new Organisation("ORG-A", "Alpha Demining", "UA")
        {
            Accreditations = [new Accreditation(Activity.Clearance, new DateOnly(2027, 12, 31)), new Accreditation(Activity.NonTechnicalSurvey)],
        };
        var unmanaged = new Organisation("ORG-B", "Beta", "UA");
        var team = new Team("T-1", "ORG-A", "Team one", AssetKind.Manual, 10)
        {
            Roles = [new RoleCount(TeamRole.TeamLeader, 1), new RoleCount(TeamRole.Deminer, 8), new RoleCount(TeamRole.Medic, 1)],
        };
        var deployment = new Deployment("D-1", "T-1", "Kharkiv", new DateOnly(2026, 3, 1), 120);
        Write(store, tx => { tx.Put(org); tx.Put(unmanaged); tx.Put(team); tx.Put(deployment); });

        Assert.Equal([org, unmanaged], store.Organisations());
        Assert.Equal(new DateOnly(2027, 12, 31), store.Organisations()[0].Accreditations[0].ValidUntil);
        Assert.Null(store.Organisations()[0].Accreditations[1].ValidUntil);
        Assert.False(store.Organisations()[1].IsManaged);
        Assert.Equal([team], store.Teams());
        Assert.Equal(8, store.Teams()[0].Roles.Single(r => r.Role == TeamRole.Deminer).Count);
        Assert.Equal([deployment], store.Deployments());
        Assert.Null(store.Deployments()[0].RetiredOn);
    }

    [SkippableFact]
    public void Retiring_keeps_the_row_with_its_date_and_an_edit_replaces_the_lists()
    {
        using var store = CreateStore();
        var org = new Organisation("ORG-A", "Alpha", "UA") { Accreditations = [new Accreditation(Activity.Eod)] };
        var team = new Team("T-1", "ORG-A", "Team one", AssetKind.Manual, 10) { Roles = [new RoleCount(TeamRole.Deminer, 8)] };
        var deployment = new Deployment("D-1", "T-1", "Kharkiv", new DateOnly(2026, 3, 1), 120);
        Write(store, tx => { tx.Put(org); tx.Put(team); tx.Put(deployment); });

        var retiredOn = new DateOnly(2026, 6, 30);
        Write(store, tx =>
        {
            tx.Put(org with { RetiredOn = retiredOn, Accreditations = [] });
            tx.Put(team with { RetiredOn = retiredOn, Roles = [new RoleCount(TeamRole.DogHandler, 2)] });
            tx.Put(deployment with { RetiredOn = retiredOn });
        });

        var o = Assert.Single(store.Organisations());
        Assert.Equal(retiredOn, o.RetiredOn);
        Assert.Empty(o.Accreditations);
        Assert.True(o.IsRetiredOn(retiredOn));
        Assert.False(o.IsRetiredOn(retiredOn.AddDays(-1)));
        var t = Assert.Single(store.Teams());
        Assert.Equal(retiredOn, t.RetiredOn);
        Assert.Equal([new RoleCount(TeamRole.DogHandler, 2)], t.Roles);
        Assert.Equal(retiredOn, Assert.Single(store.Deployments()).RetiredOn);
    }
}
