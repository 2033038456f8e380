using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Groups;

public sealed class GroupMemberTests(WebFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task The_capacity_cannot_go_below_the_members_and_a_full_group_takes_nobody_from_the_waiting_list()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "manager");
        var leaderId = (await CreateUserAsync("peteris", Roles.Specialist)).Id;
        var (groupId, _) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene", Today.AddDays(7), 2, 3, leaderId);
        foreach (var name in new[] { "Anna", "Baiba" })
        {
            await EnrolAsync(await ClientAsync(name, "Liepa", managerId), groupId, Today);
        }

        var edit = await SubmitAsync(manager, "/Groups/Edit/" + S(groupId), Fields(("Input.Name", "Esam ģimene"), ("Input.Capacity", "1"), ("Input.LeaderIds", leaderId), ("Input.Room", "Zāle")));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("2", FieldError(await ParseAsync(edit), "Input.Capacity"), StringComparison.Ordinal);
        Assert.Equal(3, (await WithDbAsync(db => db.ProgrammeGroups.SingleAsync())).Capacity);

        var saved = await SubmitAsync(manager, "/Groups/Edit/" + S(groupId), Fields(("Input.Name", "Esam ģimene"), ("Input.Capacity", "2"), ("Input.LeaderIds", leaderId), ("Input.Room", "Lielā zāle")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((2, "Lielā zāle"), await WithDbAsync(db => db.ProgrammeGroups.Select(g => new ValueTuple<int, string?>(g.Capacity, g.Room)).SingleAsync()));

        var waiting = await WithDbAsync(async db =>
        {
            var enrolment = new GroupEnrolment(await ClientAsync("Dace", "Ozola", managerId), await ServiceIdAsync("6.1.3"), null, null, Today);
            db.GroupEnrolments.Add(enrolment);
            await db.SaveChangesAsync();
            return enrolment.Id;
        });
        var page = await GetDocumentAsync(manager, "/Groups/Details/" + S(groupId));
        Assert.NotNull(page.QuerySelector("#group-full"));
        var placed = await PostPairsAsync(manager, "/Groups/Details/" + S(groupId), Fields(("enrolmentId", S(waiting))), "Place", page);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal(EnrolmentStatus.WaitingList, (await WithDbAsync(db => db.GroupEnrolments.SingleAsync(e => e.Id == waiting))).Status);
        Assert.NotNull((await GetDocumentAsync(manager, "/Groups/Details/" + S(groupId))).QuerySelector("#group-full"));
    }

    [Fact]
    public async Task A_member_leaves_with_a_reason_which_is_kept_shown_and_audited()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (_, managerId) = await UserAsync(Roles.ServiceManager, "manager");
        var leaderId = (await CreateUserAsync("peteris", Roles.Specialist)).Id;
        var leader = await SignInAgainAsync("peteris");
        var (groupId, _) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene", Today.AddDays(-7), 4, 10, leaderId);
        var clientId = await ClientAsync("Ērika", "Ķēniņa", managerId);
        var enrolmentId = await EnrolAsync(clientId, groupId, Today.AddDays(-10));

        // The leader sees the member's name although the client is outside the leader's case scope.
        var details = await GetDocumentAsync(leader, "/Groups/Details/" + S(groupId));
        Assert.Contains("Ķēniņa Ērika", details.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);

        var refused = await SubmitAsync(leader, "/Groups/Leave/" + S(enrolmentId), Fields(("Input.LeftOn", Iso(Today.AddDays(-20))), ("Input.Reason", " ")));
        var refusedPage = await ParseAsync(refused);
        Assert.False(string.IsNullOrEmpty(FieldError(refusedPage, "Input.LeftOn")));
        Assert.False(string.IsNullOrEmpty(FieldError(refusedPage, "Input.Reason")));

        var left = await SubmitAsync(leader, "/Groups/Leave/" + S(enrolmentId), Fields(("Input.LeftOn", Iso(Today)), ("Input.Reason", "Pārcēlās uz dzīvi Rīgā")));
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        var enrolment = await WithDbAsync(db => db.GroupEnrolments.AsNoTracking().SingleAsync(e => e.Id == enrolmentId));
        Assert.Equal((EnrolmentStatus.Left, (DateOnly?)Today, "Pārcēlās uz dzīvi Rīgā"), (enrolment.Status, enrolment.LeftOn, enrolment.LeaveReason));
        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.GroupLeave));
        Assert.Equal(clientId, entry.ClientId);

        var after = await GetDocumentAsync(leader, "/Groups/Details/" + S(groupId));
        Assert.Contains("Pārcēlās uz dzīvi Rīgā", after.QuerySelector("#former")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("#members-empty"));

        // A social worker outside the client's scope who is not a leader does not even see the member.
        var worker = await SignedInAsync(Roles.SocialWorker, "worker");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync(new Uri("/Groups/Leave/" + S(enrolmentId), UriKind.Relative))).StatusCode);
    }
}
