using System.Net;

namespace SocialServices.Web.Tests.Infrastructure;

public sealed class OperationsTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_with_the_database_up()
    {
        var client = NewClient();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_404_in_Latvian()
    {
        var client = await SignedInAsync(SocialServices.Web.Identity.Roles.SocialWorker);

        var response = await client.GetAsync(new Uri("/Nav/Tādas/Lapas", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Lapa nav atrasta", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unhandled_error_shows_the_500_page_with_a_reference_id()
    {
        var client = await SignedInAsync(SocialServices.Web.Identity.Roles.SocialWorker);

        var response = await client.GetAsync(new Uri("/test/throw", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Radās kļūda", page.QuerySelector("h1")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#reference-id")!.TextContent));
        Assert.DoesNotContain("Deliberate failure", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
