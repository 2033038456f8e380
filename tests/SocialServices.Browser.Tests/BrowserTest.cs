using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Playwright;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;
using Xunit.Abstractions;

namespace SocialServices.Browser.Tests;

/// <summary>
/// Base of the browser tests: the demo users on an otherwise empty database before each test, a fresh
/// browser context per test, and <see cref="CheckAsync"/> for every page a test sees (a full-page
/// screenshot and an axe-core check; the test fails at the end if any page had an axe violation).
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    protected const string Lv = Cultures.Latvian;
    protected const string En = Cultures.English;

    private readonly List<string> _violations = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private IBrowserContext? _context;
    private IPage? _lastPage;
    private string? _lastScreenshotUrl;
    private string _testName = "test";
    private int _step;

    protected BrowserFixture Fixture { get; } = fixture;

    protected ITestOutputHelper Output { get; } = output;

    public async Task InitializeAsync()
    {
        await Fixture.ResetDatabaseAsync();
        Output.WriteLine($"{_clock.Elapsed.TotalSeconds:0.0} s database reset to the demo data");
        _context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "lv-LV",
            TimezoneId = "Europe/Riga",
        });
        _context.SetDefaultTimeout(10_000);
        _context.SetDefaultNavigationTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            if (_lastPage is { IsClosed: false } page && page.Url != _lastScreenshotUrl)
            {
                // Where the test ended (or failed), unless that page is already saved.
                try
                {
                    await SaveScreenshotAsync(page, "end");
                }
                catch (PlaywrightException ex)
                {
                    Output.WriteLine("No end screenshot: " + ex.Message);
                }
            }

            await _context.DisposeAsync();
        }

        Assert.True(_violations.Count == 0, $"axe-core found accessibility violations in {_testName}:\n" + string.Join("\n", _violations));
    }

    /// <summary>A new tab in the test's context; screenshots are named after the calling test (and variant).</summary>
    protected async Task<IPage> NewPageAsync(string? variant = null, [CallerMemberName] string test = "")
    {
        _testName = GetType().Name + "." + test + (variant is null ? string.Empty : "-" + variant);
        _lastPage = await _context!.NewPageAsync();
        Output.WriteLine($"Screenshots: {Fixture.ScreenshotDirectory}/{Safe(_testName)}-*.png");
        return _lastPage;
    }

    /// <summary>Saves a full-page screenshot of the page as it is now and runs axe-core on it.</summary>
    protected async Task CheckAsync(IPage page, string step)
    {
        // Polled in the page rather than waiting for the load event: once (in CI, under load) Playwright missed the
        // event of a document that had already loaded and the wait ran out after 15 s. A poll survives navigations.
        await page.WaitForFunctionAsync("document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var file = await SaveScreenshotAsync(page, step);
        var violations = await Fixture.AxeViolationsAsync(page);
        _violations.AddRange(violations.Select(v => $"  [{step}] {page.Url}: {v}"));
        Output.WriteLine($"{_clock.Elapsed.TotalSeconds:0.0} s {step}: {page.Url}: {violations.Count} axe violation(s); {Path.GetFileName(file)}");
    }

    /// <summary>The (first) demo user with the role.</summary>
    protected static (string UserName, string FullName) DemoUser(string role)
    {
        var (userName, fullName, _) = DatabaseInitialiser.DemoUsers.First(u => u.Role == role);
        return (userName, fullName);
    }

    /// <summary>Signs in as the demo user with the role through the sign-in page and waits for the start page.</summary>
    protected async Task<(string UserName, string FullName)> SignInAsync(IPage page, string role, string culture = Lv)
    {
        var user = DemoUser(role);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(user.UserName);
        await page.Locator("#Input_Password").FillAsync(DatabaseInitialiser.DemoPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(T(culture, "Home.Greeting", user.FullName));
        return user;
    }

    /// <summary>The app's own text for a key (fails on a missing key).</summary>
    protected string T(string culture, string key, params object[] arguments) => Fixture.Text(culture, key, arguments);

    /// <summary>The app's own text for a key, or <paramref name="fallback"/> if the app has no such text.</summary>
    protected string TextOr(string culture, string key, string fallback) => Fixture.TryText(culture, key) ?? fallback;

    private async Task<string> SaveScreenshotAsync(IPage page, string step)
    {
        _step++;
        var file = Path.Combine(Fixture.ScreenshotDirectory, $"{Safe(_testName)}-{_step:00}-{Safe(step)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        _lastScreenshotUrl = page.Url;
        return file;
    }

    private static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return builder.ToString();
    }
}
