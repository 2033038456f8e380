using System.Net;
using System.Xml.Linq;

namespace SocialServices.Web.Tests.Infrastructure;

public sealed class LocalisationTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task Latvian_is_the_default_and_its_letters_are_not_escaped()
    {
        var response = await NewClient().GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"lv\"", html, StringComparison.Ordinal);
        Assert.Contains("Pieteikšanās", html, StringComparison.Ordinal);
        Assert.Contains("Sociālie pakalpojumi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_English_still_gets_Latvian_until_the_user_switches()
    {
        var client = NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Pieteikšanās", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_changes_the_interface_to_English_and_back()
    {
        var client = NewClient();
        var login = await GetDocumentAsync(client, "/Account/Login");
        var token = login.QuerySelector("form.language-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var switched = await client.PostAsync(new Uri("/Culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "/Account/Login",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Account/Login", switched.Headers.Location!.OriginalString);
        var english = await GetDocumentAsync(client, "/Account/Login");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_switch_does_not_redirect_outside_the_site()
    {
        var client = NewClient();
        var login = await GetDocumentAsync(client, "/Account/Login");
        var token = login.QuerySelector("form.language-switch input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var switched = await client.PostAsync(new Uri("/Culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Both_resource_files_have_the_same_keys_and_no_empty_values()
    {
        var folder = Path.Combine(SolutionRoot(), "src", "SocialServices.Web", "Resources");
        var latvian = Read(Path.Combine(folder, "SharedResource.resx"));
        var english = Read(Path.Combine(folder, "SharedResource.en.resx"));

        Assert.Equal(latvian.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(latvian.Concat(english), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")!.Value);

    private static string SolutionRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SocialServices.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SocialServices.sln not found above " + AppContext.BaseDirectory);
    }
}
