using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests;

/// <summary>Who may open which page: anonymous users, and each role against each restricted page.</summary>
public sealed class AuthorizationTests(WebFixture fixture) : WebTest(fixture)
{
    private static readonly string[] AnonymousPages = ["/Account/Login", "/Account/AccessDenied", "/Error", "/StatusCode", "/Culture"];

    /// <summary>Restricted pages and the roles that may open them; every other role must be refused.</summary>
    public static TheoryData<string, string> RestrictedPages()
    {
        var pages = new Dictionary<string, string[]>
        {
            ["/Admin/Users"] = [Roles.Administrator],
            ["/Admin/Users/Create"] = [Roles.Administrator],
            ["/Admin/Users/Export"] = [Roles.Administrator],
            ["/Audit"] = [Roles.Administrator, Roles.Auditor],
        };
        var data = new TheoryData<string, string>();
        foreach (var (page, _) in pages)
        {
            foreach (var role in Roles.All)
            {
                data.Add(page, role);
            }
        }

        return data;
    }

    private static bool Allowed(string page, string role) => page switch
    {
        "/Audit" => role is Roles.Administrator or Roles.Auditor,
        _ => role == Roles.Administrator,
    };

    [Fact]
    public async Task Every_page_sends_an_anonymous_visitor_to_sign_in()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath, Route: "/" + e.RoutePattern.RawText!.Replace("{id?}", string.Empty, StringComparison.Ordinal).TrimEnd('/')))
            .Where(e => !AnonymousPages.Contains(e.Page))
            .Select(e => e.Route == "/" ? "/" : e.Route)
            .Distinct()
            .ToList();
        Assert.Contains("/Admin/Users", routes);
        Assert.Contains("/Audit", routes);
        var client = NewClient();

        foreach (var route in routes)
        {
            var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} answered {response.StatusCode}");
            Assert.StartsWith("http://localhost/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_sign_in_page_and_health_checks_are_open_to_everyone()
    {
        var client = NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(RestrictedPages))]
    public async Task Each_role_gets_exactly_the_pages_it_may_open(string page, string role)
    {
        var client = await SignedInAsync(role);

        var response = await client.GetAsync(new Uri(page, UriKind.Relative));

        if (Allowed(page, role))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.SocialWorker, false, false)]
    [InlineData(Roles.Specialist, false, false)]
    [InlineData(Roles.ServiceManager, false, false)]
    [InlineData(Roles.Auditor, false, true)]
    [InlineData(Roles.Administrator, true, true)]
    public async Task Navigation_shows_only_what_the_role_may_open(string role, bool users, bool audit)
    {
        var client = await SignedInAsync(role);

        var home = await GetDocumentAsync(client, "/");

        Assert.Equal(users, home.QuerySelector("#main-nav a[data-nav=users]") is not null);
        Assert.Equal(audit, home.QuerySelector("#main-nav a[data-nav=audit]") is not null);
        Assert.NotNull(home.QuerySelector($"section[data-role={role}]"));
    }

    [Fact]
    public async Task A_post_by_a_non_administrator_to_an_admin_page_is_refused()
    {
        var client = await SignedInAsync(Roles.SocialWorker);
        var token = (await GetDocumentAsync(client, "/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(new Uri("/Admin/Users/Create", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "intruder",
            ["Input.FullName"] = "Intruder",
            ["Input.Roles"] = Roles.Administrator,
            ["Input.Password"] = "Parole-Intruder-2026",
            ["Input.ConfirmPassword"] = "Parole-Intruder-2026",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.UserName == "intruder"))));
    }
}
