using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using SocialServices.TestInfrastructure;
using SocialServices.Web;
using SocialServices.Web.Data;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SocialServices.Browser.Tests;

/// <summary>
/// One PostgreSQL server, one app on a real Kestrel port on 127.0.0.1 (with the demo data: one user per
/// role, password <see cref="DatabaseInitialiser.DemoPassword"/>) and one headless Chromium for the whole
/// run. Each test gets its own browser context.
/// </summary>
public sealed partial class BrowserFixture(IMessageSink messages) : IAsyncLifetime
{
    public const string ChromiumVariable = "SOCIALSERVICES_CHROMIUM";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _axeResults = new();
    private PostgresServer? _server;
    private IPlaywright? _playwright;

    public AppFactory Factory { get; private set; } = null!;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseAddress { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where every page a test visited is saved as a full-page PNG.</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // Find the browser first: without it nothing else is worth starting.
        var chromium = FindChromium();

        if (Directory.Exists(ScreenshotDirectory))
        {
            Directory.Delete(ScreenshotDirectory, recursive: true);
        }

        Directory.CreateDirectory(ScreenshotDirectory);

        var browserStart = StartBrowserAsync(chromium);
        _server = await PostgresServer.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync("socialservices_browser_tests");
        Factory = new BrowserAppFactory(ConnectionString);
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        // Starting the host applies the migrations, creates the roles and seeds the demo users.
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                        ?? throw new InvalidOperationException("The test server has no addresses.");
        BaseAddress = addresses.First().TrimEnd('/');
        using (var client = new HttpClient { BaseAddress = new Uri(BaseAddress) })
        {
            // The first request compiles the views: pay for it here, not inside the first test's timeouts.
            (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        Browser = await browserStart;

        messages.OnMessage(new DiagnosticMessage($"Browser tests: app at {BaseAddress}, PostgreSQL: {_server.Description}, Chromium: {chromium} {Browser.Version}"));
        messages.OnMessage(new DiagnosticMessage($"Browser tests: screenshots in {ScreenshotDirectory}"));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>The database as a fresh demo start leaves it (roles, demo users and demo data), nothing else.</summary>
    public async Task ResetDatabaseAsync()
    {
        await DatabaseReset.ResetAsync(ConnectionString);
        Factory.Clock.AdjustTime(AppFactory.DefaultNow); // AdjustTime may move back (a test may have moved the clock forward)
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
    }

    /// <summary>The app's own text for a resource key in a language; fails if the key is missing.</summary>
    public string Text(string culture, string key, params object[] arguments) =>
        Localize(culture, key, arguments) ?? throw new InvalidOperationException($"No text '{key}' in the app's resources.");

    /// <summary>The app's own text for a resource key in a language, or null if there is none.</summary>
    public string? TryText(string culture, string key) => Localize(culture, key, []);

    private string? Localize(string culture, string key, object[] arguments)
    {
        var localizer = Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var text = localizer[key, arguments];
            return text.ResourceNotFound ? null : text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// The axe-core violations of the page as it is now, one line per rule with its elements. A page whose
    /// markup was already checked in this run (the sign-in page, say) is not checked again: its result is
    /// reused, so every test that sees a page still reports that page's violations.
    /// </summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var markup = AntiforgeryToken().Replace(await page.ContentAsync(), string.Empty);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(markup)));
        if (_axeResults.TryGetValue(key, out var known))
        {
            return known;
        }

        // Same axe-core and rules as RunAxe(), run in the page itself. RunAxe() finishes every run in a
        // fresh browser context ("isolated finishRun", for cross-origin iframes, which this app has none
        // of): about 2 s per page instead of 0.4 s on two cores. Back to RunAxe() if Deque drops this.
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future"
        var result = await page.RunAxeLegacy();
#pragma warning restore CS0618
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}\n" + string.Join("\n", v.Nodes.Select(n => $"      {n.Target}  {n.Html}\n        {Why(n)}")))
            .ToList();
        _axeResults[key] = violations;
        return violations;
    }

    private static string Why(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Distinct());

    /// <summary>Anti-forgery tokens (data-protected, so they start with the "CfDJ8" header) differ on every load.</summary>
    [GeneratedRegex("CfDJ8[A-Za-z0-9_-]+")]
    private static partial Regex AntiforgeryToken();

    private async Task<IBrowser> StartBrowserAsync(string chromium)
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
            Timeout = 30_000,
        });
    }

    private static string FindChromium()
    {
        var given = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return File.Exists(given)
                ? given
                : throw new InvalidOperationException($"{ChromiumVariable}={given}, but there is no such file. Debian's Chromium: apt-get install -y chromium");
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            "The browser tests need Debian's Chromium and it is not installed (no 'chromium' on PATH). " +
            $"Install it with: apt-get install -y chromium (or set {ChromiumVariable} to a Chromium binary).");
    }
}

/// <summary>The app with its demo users (<c>Demo:Seed=true</c>).</summary>
internal sealed class BrowserAppFactory(string connectionString)
    : AppFactory(connectionString, new Dictionary<string, string?> { ["Demo:Seed"] = "true" })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Re-seeding hashes every demo user's password before each test; at the production work factor
        // that is most of the reset. How strong the hash is is not what these tests look at.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
