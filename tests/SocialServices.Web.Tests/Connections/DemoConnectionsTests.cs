using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Cases;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Connections;

public sealed class DemoConnectionsTests(WebFixture fixture) : ConnectionTest(fixture)
{
    [Fact]
    public async Task Two_demo_families_get_their_outside_connections_in_their_case_timelines_once()
    {
        await SetUpOrganisationAsync();
        foreach (var (name, role) in new[] { ("darbiniece1", Roles.SocialWorker), ("darbiniece2", Roles.SocialWorker), ("psihologs", Roles.Specialist) })
        {
            await CreateUserAsync(name, role);
        }

        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await DemoData.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoConnections.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoConnections.SeedAsync(db, Factory.Clock, CancellationToken.None);
            return 0;
        });

        var counts = await WithDbAsync(db => db.OutsideConnections
            .Join(db.Clients, c => c.ClientId, k => k.Id, (c, k) => new { k.FirstName, k.LastName, c.EndedOn })
            .GroupBy(x => x.FirstName + " " + x.LastName)
            .Select(g => new { g.Key, Count = g.Count(), Ended = g.Count(x => x.EndedOn != null) })
            .ToListAsync());
        Assert.Equal(2, counts.Count);
        Assert.Equal((9, 1), counts.Where(c => c.Key == "Inese Bērziņa").Select(c => (c.Count, c.Ended)).Single());
        Assert.Equal((7, 0), counts.Where(c => c.Key == "Jānis Liepa").Select(c => (c.Count, c.Ended)).Single());
        Assert.Equal(8 + 7, await WithDbAsync(db => db.CaseEvents.CountAsync(e => e.Kind == CaseEventKind.ConnectionRecorded)));

        var inese = await WithDbAsync(db => db.Clients.Where(c => c.FirstName == "Inese" && c.LastName == "Bērziņa").Select(c => c.Id).SingleAsync());
        var page = await DiagramsAsync(manager, inese);
        Assert.Equal(8, All(page, "svg#ecomap .ecomap-line").Count);
        Assert.Equal(4, All(page, "svg#genogram g.genogram-node").Count);
        Assert.Single(All(page, "#ended-connections tr.ended-connection"));
    }
}
