using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Tests.Cases;

/// <summary>The case page shows the timeline a page at a time (issue 9): the newest entries, then "show earlier" below the last one shown.</summary>
public sealed class TimelinePagingTests(WebFixture fixture) : CaseTest(fixture)
{
    [Fact]
    public async Task A_long_timeline_is_shown_newest_first_a_page_at_a_time_and_every_page_is_audited()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");
        // 119 contacts after the opening: 120 entries, the last four pairs at the same minute (the id breaks the tie).
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == id);
            for (var i = 1; i <= 119; i++)
            {
                var at = AppFactory.DefaultNow.AddDays(-9).AddMinutes(i < 112 ? i : 112 + ((i - 112) / 2));
                caseFile.RecordServiceEvent(CaseEventKind.ContactRecorded, $"Tikšanās Nr. {i}", new Actor(workerId, "Ilze Ozola"), at);
            }

            await db.SaveChangesAsync();
            return 0;
        });
        var expected = await WithDbAsync(db => db.CaseEvents.Where(e => e.CaseFileId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.Text).ToListAsync());
        expected.RemoveAll(string.IsNullOrEmpty);
        Assert.InRange(expected.Count, 119, 120);

        var first = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        var shown = Texts(first);
        Assert.Equal(expected.Take(DetailsModel.TimelinePageSize), shown);
        Assert.Null(first.QuerySelector("#timeline-newest"));
        var earlier = first.QuerySelector("#timeline-earlier")!;
        Assert.Equal("Rādīt agrākos ierakstus", earlier.TextContent.Trim());

        var second = await GetDocumentAsync(worker, earlier.GetAttribute("href")!);
        shown.AddRange(Texts(second));
        Assert.NotNull(second.QuerySelector("#timeline-newest"));
        var third = await GetDocumentAsync(worker, second.QuerySelector("#timeline-earlier")!.GetAttribute("href")!);
        shown.AddRange(Texts(third));
        Assert.Null(third.QuerySelector("#timeline-earlier"));
        Assert.Equal($"/Cases/Details/{id}#timeline-heading", third.QuerySelector("#timeline-newest")!.GetAttribute("href"));

        // Every entry once, in order, across the three pages (20 on the last); each page view is a read in the audit log.
        Assert.Equal(expected, shown);
        Assert.Equal(3, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CaseRead && a.CaseFileId == id)));
    }

    [Fact]
    public async Task A_short_timeline_has_no_page_links_and_an_entry_of_another_case_shows_the_newest()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001");
        var other = await CaseAsync(await ClientAsync("Anna", "Kalniņa", workerId), workerId, "2026/0002");
        var otherEvent = await WithDbAsync(db => db.CaseEvents.Where(e => e.CaseFileId == other).Select(e => e.Id).FirstAsync());

        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        Assert.Null(page.QuerySelector("#timeline-pages"));
        var foreign = await GetDocumentAsync(worker, $"/Cases/Details/{id}?before={otherEvent}");
        Assert.Equal(["Opened"], foreign.QuerySelectorAll("#timeline li").Select(li => li.GetAttribute("data-kind")));
    }

    private static List<string> Texts(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#timeline li .event-text").Select(e => e.TextContent.Trim()).ToList();
}
