using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Groups;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Attendance;

/// <summary>The group leader fills a 15-member register with the keyboard only and saves it.</summary>
public sealed class RegisterKeyboardTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_leader_fills_a_15_member_register_with_the_keyboard_only_and_saves_it()
    {
        var sessionId = await GroupWithSessionAsync(15);
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.Specialist);
        await page.GotoAsync("/Attendance/Register/" + sessionId);
        await CheckAsync(page, "register-empty");

        // Focus the first member's status, then one key per member: N for the 3rd, A (+ reason) for the 5th, L for the 7th, P otherwise.
        await page.Locator("#row-0-Present").FocusAsync();
        for (var i = 0; i < 15; i++)
        {
            switch (i)
            {
                case 2:
                    await page.Keyboard.PressAsync("n");
                    break;
                case 4:
                    await page.Keyboard.PressAsync("a");
                    await page.Keyboard.TypeAsync("Slimība");
                    await page.Keyboard.PressAsync("Enter");
                    break;
                case 6:
                    await page.Keyboard.PressAsync("l");
                    await page.Keyboard.PressAsync("p");
                    break;
                default:
                    await page.Keyboard.PressAsync("p");
                    break;
            }
        }

        await Expect(page.Locator("#save-register")).ToBeFocusedAsync();
        await CheckAsync(page, "register-filled");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#recorded-badge")).ToBeVisibleAsync();
        await Expect(page.Locator("#row-2-Absent")).ToBeCheckedAsync();
        await Expect(page.Locator("#row-4-Excused")).ToBeCheckedAsync();
        await Expect(page.Locator("#row-4-reason")).ToHaveValueAsync("Slimība");
        await Expect(page.Locator("#row-6-late")).ToBeCheckedAsync();
        await CheckAsync(page, "register-saved");

        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(15, await db.AttendanceRecords.CountAsync(r => r.SessionId == sessionId));
        Assert.True(await db.GroupSessions.Where(s => s.Id == sessionId).Select(s => s.AttendanceRecorded).SingleAsync());
    }

    private async Task<int> GroupWithSessionAsync(int members)
    {
        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(AppFactory.DefaultNow.UtcDateTime);
        var organisationId = await db.Organisations.Select(o => o.Id).FirstAsync();
        var serviceId = await db.Services.Where(s => s.Code == "6.1.5").Select(s => s.Id).FirstAsync();
        var leader = await db.Users.Where(u => u.UserName == DemoUser(Roles.Specialist).UserName).Select(u => u.Id).FirstAsync();
        var group = new ProgrammeGroup(organisationId, serviceId, "Sociālās prasmes — pārlūka tests", today.AddDays(-7), today.AddDays(120), 16, "Katoļu iela 4, Jelgava");
        db.ProgrammeGroups.Add(group);
        await db.SaveChangesAsync();
        var session = new GroupSession(group.Id, today.AddDays(-1), new TimeOnly(16, 0), new TimeOnly(17, 30), "Zālīte");
        db.GroupSessions.Add(session);
        db.GroupLeaders.Add(new GroupLeader(group.Id, leader));
        string[] names = ["Emīls", "Rūta", "Kārlis", "Elīza", "Toms", "Marta", "Jēkabs", "Luīze", "Artūrs", "Sofija", "Ralfs", "Keita", "Niks", "Evelīna", "Olivers"];
        for (var i = 0; i < members; i++)
        {
            var client = new Client(organisationId, new ClientDetails(null, names[i % names.Length], "Pārlūkbērns", new DateOnly(2015, 1 + i % 12, 1 + i), i % 2 == 0 ? Gender.Male : Gender.Female,
                null, null, null, null, "lv", null, null, null, [], null), leader, AppFactory.DefaultNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            db.GroupEnrolments.Add(new GroupEnrolment(client.Id, serviceId, group.Id, null, today.AddDays(-7)));
        }

        await db.SaveChangesAsync();
        return session.Id;
    }
}
