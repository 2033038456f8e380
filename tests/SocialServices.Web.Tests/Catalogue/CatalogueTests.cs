using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Catalogue;

public sealed class CatalogueTests(WebFixture fixture) : WebTest(fixture)
{
    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.ServiceManager)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Administrator)]
    public async Task Every_role_reads_the_catalogue_with_the_eight_programmes_of_seed_002_in_order(string role)
    {
        await WithDbAsync(async db =>
        {
            db.Services.AddRange(ServiceCatalogueSeed.Create());
            return await db.SaveChangesAsync();
        });
        var client = await SignedInAsync(role);

        var page = await GetDocumentAsync(client, "/Catalogue");

        var codes = page.QuerySelectorAll("#services-table tbody tr").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal(["6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7", "6.1.8"], codes.Take(8));
        Assert.Equal(17, codes.Count);
        var sargengelis = page.QuerySelector("tr[data-code='6.1.7']")!.TextContent;
        Assert.Contains("Sargeņģelis", sargengelis, StringComparison.Ordinal);
        Assert.Contains("20", sargengelis, StringComparison.Ordinal);
        Assert.Contains("vienu reizi mēnesī", page.QuerySelector("tr[data-code='6.1.8']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Valsts", page.QuerySelector("tr[data-code='6.1.8']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_edited_by_two_people_at_once_is_detected_by_its_row_version()
    {
        await WithDbAsync(async db =>
        {
            db.Services.AddRange(ServiceCatalogueSeed.Create());
            return await db.SaveChangesAsync();
        });

        await using var first = Factory.Services.CreateAsyncScope();
        await using var second = Factory.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<SocialServices.Web.Data.AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<SocialServices.Web.Data.AppDbContext>();
        var a = await db1.Services.SingleAsync(s => s.Code == "AB");
        var b = await db2.Services.SingleAsync(s => s.Code == "AB");
        a.Describe("Līdz 30 dienām gadā");
        await db1.SaveChangesAsync();
        b.Describe("Cits apraksts");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }
}
