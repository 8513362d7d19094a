using Safeground.Core.Access;
using Safeground.Core.Reports;

namespace Safeground.Core.Tests.Access;

/// <summary>The access rules as a table: role × the user's organisation × the report's organisation and status.</summary>
public class AccessPolicyTests
{
    private const string A = "ORG-A";
    private const string B = "ORG-B";

    private static User U(Role role, string? org, bool disabled = false) => new("u", "U", role, org, disabled, DateTimeOffset.UnixEpoch);

    public static TheoryData<Role, string?, string, ReportStatus, bool> See => new()
    {
        // role, user's organisation, report's organisation, status, sees it
        { Role.Viewer, null, A, ReportStatus.Approved, true },
        { Role.Viewer, null, A, ReportStatus.Submitted, false },
        { Role.Viewer, A, A, ReportStatus.Submitted, false },
        { Role.Viewer, A, A, ReportStatus.Rejected, false },
        { Role.FieldReporter, A, A, ReportStatus.Submitted, true },
        { Role.FieldReporter, A, A, ReportStatus.Rejected, true },
        { Role.FieldReporter, A, B, ReportStatus.Submitted, false },
        { Role.FieldReporter, A, B, ReportStatus.Approved, true },
        { Role.DataManager, A, A, ReportStatus.Submitted, true },
        { Role.DataManager, A, B, ReportStatus.Submitted, false },
        { Role.DataManager, A, B, ReportStatus.Superseded, false },
        { Role.DataManager, null, B, ReportStatus.Submitted, true },
        { Role.Admin, A, B, ReportStatus.Submitted, true },
        { Role.Admin, null, B, ReportStatus.Rejected, true },
    };

    [Theory]
    [MemberData(nameof(See))]
    public void Who_sees_which_report(Role role, string? userOrg, string reportOrg, ReportStatus status, bool sees) =>
        Assert.Equal(sees, AccessPolicy.CanSeeReport(U(role, userOrg), reportOrg, status));

    public static TheoryData<Role, string?, string, bool, bool, bool> Act => new()
    {
        // role, user's organisation, report's organisation, submits, decides (approve/reject/supersede), sees personal data
        { Role.Viewer, null, A, false, false, false },
        { Role.Viewer, A, A, false, false, false },
        { Role.FieldReporter, A, A, true, false, false },
        { Role.FieldReporter, A, B, false, false, false },
        { Role.FieldReporter, null, A, false, false, false },
        { Role.DataManager, A, A, true, true, true },
        { Role.DataManager, A, B, false, false, false },
        { Role.DataManager, null, B, true, true, true },
        { Role.Admin, null, A, true, true, true },
        { Role.Admin, B, A, true, true, true },
    };

    [Theory]
    [MemberData(nameof(Act))]
    public void Who_submits_decides_and_sees_victims(Role role, string? userOrg, string reportOrg, bool submits, bool decides, bool personal)
    {
        var user = U(role, userOrg);
        Assert.Equal(submits, AccessPolicy.CanSubmit(user, reportOrg));
        Assert.Equal(decides, AccessPolicy.CanDecide(user, reportOrg));
        Assert.Equal(personal, AccessPolicy.CanSeePersonalData(user, reportOrg));
    }

    public static TheoryData<Role, string?, string, string, bool, bool> Correct => new()
    {
        // role, user's organisation, correction's organisation, corrected report's organisation, proposes, approves
        { Role.FieldReporter, A, A, A, true, false },
        { Role.FieldReporter, B, B, A, false, false }, // the attack: B replacing A's report
        { Role.FieldReporter, A, A, B, false, false },
        { Role.DataManager, A, A, A, true, true },
        { Role.DataManager, B, B, A, false, false },
        { Role.DataManager, A, A, B, false, false },
        { Role.DataManager, null, B, A, true, true },
        { Role.Viewer, A, A, A, false, false },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void Who_corrects_whose_report(Role role, string? userOrg, string org, string correctedOrg, bool proposes, bool approves)
    {
        var user = U(role, userOrg);
        Assert.Equal(proposes, AccessPolicy.CanProposeCorrection(user, org, correctedOrg));
        Assert.Equal(approves, AccessPolicy.CanApproveCorrection(user, org, correctedOrg));
    }

    [Fact]
    public void An_author_the_store_does_not_know_corrects_only_within_the_organisation()
    {
        Assert.True(AccessPolicy.CanProposeCorrection(null, A, A));
        Assert.False(AccessPolicy.CanProposeCorrection(null, B, A));
    }

    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.FieldReporter, false)]
    [InlineData(Role.DataManager, false)]
    [InlineData(Role.Admin, true)]
    public void Only_admins_manage_users_and_read_the_audit_log(Role role, bool admin)
    {
        Assert.Equal(admin, AccessPolicy.CanManageUsers(U(role, null)));
        Assert.Equal(admin, AccessPolicy.CanReadAudit(U(role, null)));
    }

    [Fact]
    public void A_disabled_user_may_do_nothing()
    {
        var admin = U(Role.Admin, null, disabled: true);
        Assert.False(AccessPolicy.CanSeeReport(admin, A, ReportStatus.Approved));
        Assert.False(AccessPolicy.CanSubmit(admin, A));
        Assert.False(AccessPolicy.CanDecide(admin, A));
        Assert.False(AccessPolicy.CanManageUsers(admin));
        Assert.False(AccessPolicy.SeesAllReports(admin));
    }

    [Fact]
    public void Role_names_parse_and_an_unknown_one_is_named()
    {
        Assert.Equal(Role.FieldReporter, RoleNames.Parse("field-reporter"));
        Assert.Equal(Role.DataManager, RoleNames.Parse("Data-Manager"));
        var e = Assert.Throws<SafegroundException>(() => RoleNames.Parse("superuser"));
        Assert.Contains("'superuser'", e.Message, StringComparison.Ordinal);
    }
}
