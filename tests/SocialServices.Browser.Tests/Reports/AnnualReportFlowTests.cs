using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Reports;

/// <summary>The auditor's main job (issue 7): open the demo provider's report for the year, follow a number to its records, download the PDF.</summary>
public sealed class AnnualReportFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Auditor_previews_the_demo_providers_annual_report_traces_a_number_and_downloads_the_pdf()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.Auditor);

        await page.Locator("#main-nav a[data-nav=reports]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Reports.Title"));
        await Expect(page.Locator("#provider")).ToContainTextAsync("Atbalsts ģimenei");
        var year = page.Locator("#report-years tr[data-year='2026']");
        await Expect(year).ToHaveCountAsync(1);
        await CheckAsync(page, "reports");

        await year.Locator("a[data-action=open]").ClickAsync();
        await Expect(page.Locator("#report-title")).ToContainTextAsync("2026");
        foreach (var section in new[] { "#section-1", "#section-2", "#section-3", "#section-4", "#section-5", "#section-6", "#section-7" })
        {
            await Expect(page.Locator(section)).ToBeVisibleAsync();
        }

        // read-only for the auditor; the demo's registers fill every section
        await Expect(page.Locator("#texts-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("#satisfaction tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#development tbody tr").First).ToBeVisibleAsync();
        await CheckAsync(page, "preview");

        var total = await page.Locator("#deliveries-total [data-col=clients]").InnerTextAsync();
        await page.Locator("#deliveries-total [data-col=clients] a").ClickAsync();
        await Expect(page.Locator("#records tbody tr")).ToHaveCountAsync(int.Parse(total.Trim(), System.Globalization.CultureInfo.GetCultureInfo("lv-LV")));
        await CheckAsync(page, "records");
        await page.GoBackAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-pdf").ClickAsync());
        var path = Path.Combine(Fixture.ScreenshotDirectory, "annual-report.pdf");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 10_000, "The PDF is " + bytes.Length + " bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
