using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Infrastructure;

/// <summary>What a start creates: a production start versus a demo start, each on a database of its own.</summary>
public sealed class StartupTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task A_production_start_creates_the_roles_and_one_administrator_and_nothing_else()
    {
        var connection = await Fixture.Server.CreateDatabaseAsync("socialservices_startup_production");
        await using var factory = new AppFactory(connection, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUserName"] = "admin",
            ["Bootstrap:AdminPassword"] = "Sakuma-Parole-2026",
        });
        using (var client = factory.CreateClient())
        {
            await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
        var users = await db.Users.ToListAsync();
        var admin = Assert.Single(users);
        Assert.Equal("admin", admin.UserName);
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().IsInRoleAsync(admin, Roles.Administrator));
        Assert.False(await db.Organisations.AnyAsync());
        Assert.False(await db.Services.AnyAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // Anti-forgery and cookie keys live in the database, so several app instances share them.
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task A_demo_start_seeds_the_organisation_a_user_per_role_and_the_catalogue_once()
    {
        var connection = await Fixture.Server.CreateDatabaseAsync("socialservices_startup_demo");
        var settings = new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
        for (var start = 0; start < 2; start++)
        {
            await using var factory = new AppFactory(connection, settings);
            using (factory.CreateClient())
            {
            }
        }

        await using var check = new AppFactory(connection);
        using var scope = check.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal(1, await db.Organisations.CountAsync());
        Assert.Equal(1, await db.Municipalities.CountAsync());
        Assert.Equal(17, await db.Services.CountAsync());
        foreach (var (userName, _, role) in DatabaseInitialiser.DemoUsers)
        {
            var user = await userManager.FindByNameAsync(userName);
            Assert.NotNull(user);
            Assert.True(await userManager.IsInRoleAsync(user, role));
            Assert.True(await userManager.CheckPasswordAsync(user, DatabaseInitialiser.DemoPassword));
        }

        Assert.Equal(DatabaseInitialiser.DemoUsers.Count, await db.Users.CountAsync());

        // A few dozen realistic clients in families, and case files spread over the social workers
        // (32 from the client demo, one family at risk from the assessment demo, one whole-cycle case, three from the compensation demo, four from the community episodes demo).
        Assert.Equal(41, await db.Clients.CountAsync());
        Assert.True(await db.ClientRelations.CountAsync() >= 24);
        var cases = await db.CaseFiles.ToListAsync();
        Assert.Equal(27, cases.Count);
        Assert.Equal(3, cases.Where(c => c.ResponsibleWorkerId != null).Select(c => c.ResponsibleWorkerId).Distinct().Count());
        Assert.Single(cases, c => c.ResponsibleWorkerId == null);
        Assert.Equal(4, cases.Count(c => c.Status == SocialServices.Domain.Cases.CaseStatus.Closed));
        Assert.Equal(cases.Count, cases.Select(c => c.Number).Distinct().Count());
        var clients = await db.Clients.ToListAsync();
        Assert.All(clients.Where(c => c.PersonalCode != null), c => Assert.True(SocialServices.Domain.Clients.PersonalCode.Parse(c.PersonalCode, DateOnly.MaxValue).IsValid));
    }
}
