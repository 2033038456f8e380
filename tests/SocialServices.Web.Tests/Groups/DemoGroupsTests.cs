using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Common;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;

namespace SocialServices.Web.Tests.Groups;

/// <summary>The demo groups: leaders, rooms, generated schedules with a cancelled session, members, a finished group awaiting evaluations.</summary>
public sealed class DemoGroupsTests(WebFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task The_demo_groups_have_leaders_rooms_schedules_and_members_and_are_made_once()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        foreach (var (userName, _, role) in DatabaseInitialiser.DemoUsers)
        {
            await CreateUserAsync(userName, role);
        }

        await WithDbAsync(async db =>
        {
            await DemoData.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoApplications.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoGroups.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoGroups.SeedAsync(db, Factory.Clock, CancellationToken.None); // a second start changes nothing
            return 0;
        });

        var peteris = await UserIdAsync("peteris.kalnins");
        var groups = await WithDbAsync(db => db.ProgrammeGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync());
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.False(string.IsNullOrEmpty(g.Room)));
        var leaders = await WithDbAsync(db => db.GroupLeaders.AsNoTracking().ToListAsync());
        Assert.All(groups, g => Assert.Contains(leaders, l => l.GroupId == g.Id && l.UserId == peteris));

        var skills = groups.Single(g => g.Name == "Sociālās prasmes — bērnu grupa");
        Assert.Equal(Today.AddDays(-40), skills.StartsOn);
        var sessions = await WithDbAsync(db => db.GroupSessions.AsNoTracking().Where(s => s.GroupId == skills.Id).OrderBy(s => s.Date).ToListAsync());
        Assert.Equal(28, sessions.Count(s => s.Status == SessionStatus.Planned));
        var cancelled = Assert.Single(sessions, s => s.Status == SessionStatus.Cancelled);
        Assert.True(cancelled.Date < Today);
        Assert.False(string.IsNullOrWhiteSpace(cancelled.CancelReason));
        Assert.True(sessions.Count(s => s.Date < Today && s.Status == SessionStatus.Planned) >= 4, "past sessions for the attendance demo");
        Assert.DoesNotContain(sessions, s => LatvianCalendar.IsPublicHoliday(s.Date));
        Assert.Equal(sessions.Where(s => s.Status == SessionStatus.Planned).Max(s => s.Date), skills.EndsOn);
        var members = await WithDbAsync(db => db.GroupEnrolments.CountAsync(e => e.GroupId == skills.Id && e.Status == EnrolmentStatus.Enrolled));
        Assert.InRange(members, 2, skills.Capacity);

        var finished = groups.Single(g => g.Name.StartsWith("Bērna emocionālā audzināšana", StringComparison.Ordinal));
        Assert.True(finished.EndsOn < Today);
        Assert.Equal(1, await WithDbAsync(db => db.GroupEnrolments.CountAsync(e => e.GroupId == finished.Id && e.Status == EnrolmentStatus.Left && e.LeaveReason != null)));

        // Pēteris's board: this week's sessions with their registers and the finished group waiting for evaluations.
        var board = await GetDocumentAsync(await SignInAgainAsync("peteris.kalnins"), "/");
        Assert.NotNull(board.QuerySelector($"#groups-board-specialist [data-list=awaiting] [data-group='{finished.Id}']"));
        var manager = await GetDocumentAsync(await SignInAgainAsync("ilze.berzina"), "/");
        Assert.NotNull(manager.QuerySelector($"#groups-board-manager [data-list=running] [data-group='{skills.Id}']"));
    }
}
