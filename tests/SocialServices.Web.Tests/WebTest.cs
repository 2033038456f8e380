using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests;

/// <summary>Base of the web tests: an empty database before each test, signed-in clients, form posting.</summary>
[Collection(WebCollection.Name)]
public abstract class WebTest(WebFixture fixture) : IAsyncLifetime
{
    protected WebFixture Fixture { get; } = fixture;

    protected AppFactory Factory => Fixture.Factory;

    public async Task InitializeAsync()
    {
        await DatabaseReset.ResetAsync(Fixture.ConnectionString);
        Factory.Clock.AdjustTime(AppFactory.DefaultNow); // AdjustTime may go back: an earlier test may have moved the clock forward.
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient NewClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs code with a fresh DI scope, as one request would.</summary>
    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Factory.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    protected async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action) =>
        await InScopeAsync(sp => action(sp.GetRequiredService<AppDbContext>()));

    protected Task<AppUser> CreateUserAsync(string userName, params string[] roles) =>
        TestUsers.CreateAsync(Factory.Services, userName, "Tests " + userName, roles);

    /// <summary>A client signed in through the real sign-in page as a new user with the given role.</summary>
    protected async Task<HttpClient> SignedInAsync(string role, string? userName = null)
    {
        userName ??= role.ToLowerInvariant() + ".user";
        await CreateUserAsync(userName, role);
        var client = NewClient();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    protected static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Opens the page, takes the anti-forgery token of its form (the last form that has one, not the language switch) and posts.</summary>
    protected static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null, string? pageUrl = null)
    {
        var page = await GetDocumentAsync(client, pageUrl ?? url);
        return await PostPairsAsync(client, url, fields, handler, page);
    }

    /// <summary>Posts repeated keys too (check boxes), with the token of an already opened page.</summary>
    protected static async Task<HttpResponseMessage> PostPairsAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? handler, IHtmlDocument page)
    {
        var token = page.QuerySelectorAll("main form input[name=__RequestVerificationToken]").Select(i => ((IHtmlInputElement)i).Value).LastOrDefault()
                    ?? page.QuerySelectorAll("input[name=__RequestVerificationToken]").Select(i => ((IHtmlInputElement)i).Value).LastOrDefault()
                    ?? throw new InvalidOperationException("No anti-forgery token on " + url);
        var values = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        var target = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        return await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    protected static string? FieldError(IHtmlDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();
}
