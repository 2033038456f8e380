using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Groups;
using SocialServices.Web.Attendance;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Attendance;

public sealed class DemoAttendanceTests(WebFixture fixture) : AttendanceTest(fixture)
{
    [Fact]
    public async Task Without_the_demo_group_no_register_is_made_and_appointments_still_are()
    {
        await SetUpCatalogueAsync();
        var sandra = (await UserAsync(Roles.SocialWorker, "sandra.ozolina")).Id;
        var peteris = (await UserAsync(Roles.Specialist, "peteris.kalnins")).Id;
        var client = await ClientAsync("Laura", "Priede", sandra);
        await CaseAsync(client, sandra, "2026/0001", null, peteris);

        await SeedAsync();

        Assert.Equal(0, await WithDbAsync(db => db.AttendanceRecords.CountAsync()));
        Assert.True(await WithDbAsync(db => db.Appointments.CountAsync()) >= 3);
    }

    [Fact]
    public async Task The_demo_groups_past_sessions_get_registers_with_one_member_missing_three_in_a_row_once()
    {
        await SetUpCatalogueAsync();
        var sandra = (await UserAsync(Roles.SocialWorker, "sandra.ozolina")).Id;
        var peteris = (await UserAsync(Roles.Specialist, "peteris.kalnins")).Id;
        var (groupId, sessions) = await WithDbAsync(async db =>
        {
            var start = Today.AddDays(-40);
            var group = new ProgrammeGroup(OrganisationId, SkillsServiceId, DemoAttendance.GroupName, start, start.AddDays(27 * 7), 8, "Katoļu iela 4, Jelgava");
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync();
            var list = Enumerable.Range(0, 8).Select(i => new GroupSession(group.Id, start.AddDays(7 * i), new TimeOnly(16, 0), new TimeOnly(17, 30), "Zālīte")).ToList();
            db.GroupSessions.AddRange(list);
            db.GroupLeaders.Add(new GroupLeader(group.Id, peteris));
            await db.SaveChangesAsync();
            return (group.Id, list.Select(s => s.Id).ToList());
        });
        var members = await MembersAsync(groupId, 6, sandra, "Bērns");

        await SeedAsync();
        await SeedAsync();

        var past = await WithDbAsync(db => db.GroupSessions.CountAsync(s => s.GroupId == groupId && s.Date < Today));
        Assert.Equal(6, past);
        Assert.Equal(6 * past, await WithDbAsync(db => db.AttendanceRecords.CountAsync()));
        Assert.Equal(past, await WithDbAsync(db => db.GroupSessions.CountAsync(s => s.AttendanceRecorded)));
        Assert.True(await WithDbAsync(db => db.AttendanceRecords.AnyAsync(r => r.Status == AttendanceStatus.Excused && r.Reason != null)));
        var warnings = await InScopeAsync(sp => sp.GetRequiredService<AttendanceSummaries>().WarningsAsync(
            sp.GetRequiredService<AppDbContext>().Clients.Select(c => c.Id), default));
        var warning = Assert.Single(warnings);
        Assert.Equal((members[0], 3), (warning.ClientId, warning.Missed));
        Assert.True(await WithDbAsync(db => db.SessionLeaders.CountAsync(l => l.UserId == peteris)) == past);
    }

    private Task<int> SeedAsync() => InScopeAsync(async sp =>
    {
        await DemoAttendance.SeedAsync(sp.GetRequiredService<AppDbContext>(), Factory.Clock, CancellationToken.None);
        return 0;
    });
}
