using System.Net;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Audit;

/// <summary>Extreme filter values on the audit and review lists answer with a page, never a 500.</summary>
public sealed class AuditRobustnessTests(WebFixture fixture) : WebTest(fixture)
{
    [Theory]
    [InlineData("/Audit?from=0001-01-01")]
    [InlineData("/Audit?to=9999-12-31")]
    [InlineData("/Audit?p=50000000")]
    [InlineData("/Audit?p=-5")]
    public async Task The_audit_log_survives_extreme_dates_and_page_numbers(string url)
    {
        var auditor = await SignedInAsync(Roles.Auditor);

        var response = await auditor.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("#audit-table"));
    }

    [Fact]
    public async Task The_emergency_review_list_survives_a_huge_page_number()
    {
        var manager = await SignedInAsync(Roles.ServiceManager);

        var response = await manager.GetAsync(new Uri("/Access/Review?p=50000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
