using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Drafts;

/// <summary>
/// Text typed into a long note is never lost: it is kept on the server while the worker types, offered back after
/// the session expired and the worker signed in again; the page warns before the session ends.
/// </summary>
public sealed partial class DraftRecoveryTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Note =
        "Skolas sociālā pedagoģe zvana 10:05: meitene ieradusies skolā ar zilumiem uz rokām, stāsta, ka baidās doties mājās, "
        + "jo patēvs vakar bijis iereibis un kliedzis. Mātei tālrunis izslēgts. Klases audzinātāja meiteni pieskata līdz pusdienlaikam.";

    private const string Actions = "Sazinājos ar vecmāmiņu, kura piekrīt meiteni šonakt paturēt pie sevis; meitene nogādāta pie vecmāmiņas.";

    /// <summary>Signs in as the demo worker and opens the crisis form of the worker's first open case.</summary>
    private async Task<int> OpenCrisisFormAsync(IPage page)
    {
        await SignInAsync(page, Roles.SocialWorker);
        await page.Locator("#my-open-cases tbody tr a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/\\d+$"));
        var id = int.Parse(CaseId().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("a[data-action=flag-crisis]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Crisis/Flag/{id}$"));
        return id;
    }

    private static async Task SignInAgainAsync(IPage page)
    {
        var (userName, _) = DemoUser(Roles.SocialWorker);
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(DatabaseInitialiser.DemoPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
    }

    private async Task<int> DraftCountAsync()
    {
        using var scope = Fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().TextDrafts.CountAsync();
    }

    [Fact]
    public Task A_worker_types_a_long_note_the_session_expires_and_after_signing_in_again_the_note_is_offered_back() =>
        NoteOfferedBackAsync(); // moves the app's clock forward; the next test's database reset puts it back

    [Fact]
    public Task The_page_warns_before_the_session_ends_and_after_it_ended_nothing_typed_is_lost() =>
        NothingLostAfterExpiryAsync();

    private async Task NoteOfferedBackAsync()
    {
        var page = await NewPageAsync(test: nameof(A_worker_types_a_long_note_the_session_expires_and_after_signing_in_again_the_note_is_offered_back));
        var id = await OpenCrisisFormAsync(page);
        await CheckAsync(page, "crisis-form");

        await page.Locator("#Input_Description").FillAsync(Note);
        await page.Locator("#Input_ActionsTaken").FillAsync(Actions);
        // Saved on the server a few seconds after typing (09:00 UTC is 11:00 in Riga).
        await Expect(page.Locator($"[data-draft-status='crisis-description-{id}']")).ToHaveTextAsync(T(Lv, "Drafts.Saved", "11:00"), new() { Timeout = 15_000 });
        await Expect(page.Locator($"[data-draft-status='crisis-actions-{id}']")).ToHaveTextAsync(T(Lv, "Drafts.Saved", "11:00"), new() { Timeout = 15_000 });
        await CheckAsync(page, "draft-saved");

        // The worker is called away; the sign-in (8 hours) expires meanwhile. Saving now goes to the sign-in page.
        Fixture.Factory.Clock.Advance(TimeSpan.FromHours(9));
        await page.Locator("#crisis-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2FCrisis%2FFlag%2F" + id + "$"));
        await CheckAsync(page, "signed-out");

        await SignInAgainAsync(page);
        await Expect(page).ToHaveURLAsync(new Regex($"/Crisis/Flag/{id}$"));
        var offer = page.Locator($"[data-draft-offer='crisis-description-{id}']");
        var restore = offer.Locator("button[data-draft=restore]");
        await Expect(restore).ToHaveTextAsync(T(Lv, "Drafts.Restore", "11:00"));
        await Expect(offer).ToContainTextAsync("Skolas sociālā pedagoģe zvana 10:05");
        await Expect(page.Locator("#Input_Description")).ToHaveValueAsync(string.Empty);
        await CheckAsync(page, "draft-offered");

        await restore.ClickAsync();
        await Expect(page.Locator("#Input_Description")).ToHaveValueAsync(Note);
        await Expect(offer).ToHaveCountAsync(0);
        await page.Locator($"[data-draft-offer='crisis-actions-{id}'] button[data-draft=restore]").ClickAsync();
        await Expect(page.Locator("#Input_ActionsTaken")).ToHaveValueAsync(Actions);
        await page.Locator("#informed-OrphansCourt").CheckAsync();
        await CheckAsync(page, "draft-restored");

        await page.Locator("#crisis-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{id}$"));
        await Expect(page.Locator("#crisis-active [data-field=description]")).ToHaveTextAsync(Note);
        await CheckAsync(page, "crisis-flagged");
        // Saved: the drafts are gone, and the case is pinned in red on the start page.
        Assert.Equal(0, await DraftCountAsync());
        await page.Locator("#main-nav a[href='/']").ClickAsync();
        await Expect(page.Locator($"#crisis-board-worker li[data-case='{id}']")).ToBeVisibleAsync();
        await CheckAsync(page, "board-pinned");
    }

    private async Task NothingLostAfterExpiryAsync()
    {
        var page = await NewPageAsync(test: nameof(The_page_warns_before_the_session_ends_and_after_it_ended_nothing_typed_is_lost));
        // The page's own clock, to reach the warning without waiting eight hours.
        await page.Clock.InstallAsync();
        var id = await OpenCrisisFormAsync(page);
        await page.Locator("#Input_Description").FillAsync(Note);
        await page.Clock.RunForAsync(6_000);
        await Expect(page.Locator($"[data-draft-status='crisis-description-{id}']")).ToHaveTextAsync(T(Lv, "Drafts.Saved", "11:00"));

        // Two minutes before the end: a warning with "Continue working", which renews the sign-in.
        await page.Clock.FastForwardAsync("07:58:30");
        var warning = page.Locator("#session-warning");
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync(T(Lv, "Drafts.SessionExpiring", 2));
        await CheckAsync(page, "session-warning");
        await page.Locator("#session-continue").ClickAsync();
        await Expect(warning).ToHaveCountAsync(0);

        // Now the sign-in does expire (the server's clock moves on); the worker types on, and the page says so.
        Fixture.Factory.Clock.Advance(TimeSpan.FromHours(9));
        await page.Locator("#Input_ActionsTaken").FillAsync(Actions);
        await page.Clock.RunForAsync(6_000);
        var expired = page.Locator("#session-expired");
        await Expect(expired).ToBeVisibleAsync();
        await Expect(expired).ToContainTextAsync(T(Lv, "Drafts.SessionExpired"));
        await CheckAsync(page, "session-expired");

        // Signing in again in a new tab keeps this page, with everything typed, open.
        var popup = await page.RunAndWaitForPopupAsync(() => page.Locator("#session-sign-in").ClickAsync());
        await Expect(popup).ToHaveURLAsync(new Regex("/Account/Login\\?ReturnUrl=%2FDrafts%2FSignedIn$"));
        await SignInAgainAsync(popup);
        await Expect(popup.Locator("#signed-in-again")).ToBeVisibleAsync();
        await CheckAsync(popup, "signed-in-again");
        await popup.CloseAsync();

        await Expect(page.Locator("#Input_ActionsTaken")).ToHaveValueAsync(Actions);
        await page.Locator("#crisis-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{id}$"));
        await Expect(page.Locator("#crisis-active [data-field=description]")).ToHaveTextAsync(Note);
        await Expect(page.Locator("#crisis-active [data-field=actions]")).ToHaveTextAsync(Actions);
        await CheckAsync(page, "saved-after-signing-in-again");
        Assert.Equal(0, await DraftCountAsync());
    }

    [Fact]
    public async Task A_worker_evaluates_the_plan_with_the_long_texts_kept_as_drafts_and_then_closes_the_case()
    {
        var page = await NewPageAsync();
        var (userName, _) = await SignInAsync(page, Roles.SocialWorker);
        var id = await AddPlanAsync(userName, "Meitene katru dienu apmeklē skolu", "Ģimenē ir stabili ienākumi");
        await page.GotoAsync($"/Cases/Details/{id}");

        // Closing is refused until an evaluation decides to close; the page says why and links the evaluation form.
        await page.Locator("#case-actions a[data-action=close]").ClickAsync();
        await Expect(page.Locator("#closing-refused")).ToContainTextAsync(T(Lv, "Evaluations.Closing.NoEvaluation"));
        await CheckAsync(page, "close-refused");
        await page.Locator("#closing-create-evaluation").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Evaluations/Create/{id}$"));

        await page.Locator("#goal-1 input[value=Achieved]").CheckAsync();
        await page.Locator("#goal-2 input[value=PartlyAchieved]").CheckAsync();
        await page.Locator("#goal-2-comment").FillAsync("Māte strādā, tēva ienākumi vēl neregulāri");
        await page.Locator("#Input_SituationChanges").FillAsync("Meitene kopš septembra nav kavējusi skolu; ģimene sadarbojas ar sociālo darbinieci un psiholoģi.");
        await page.Locator("#Input_Cooperation-Active").CheckAsync();
        await page.Locator("#Input_Motivation-High").CheckAsync();
        await page.Locator("#Input_OverallResult-Progress").CheckAsync();
        await page.Locator("#Input_Decision-CloseCase").CheckAsync();
        await page.Locator("#Input_Justification").FillAsync("Plāna mērķi sasniegti vai tuvu sasniegšanai, ģimene tiek galā pati; lietu var slēgt ar uzraudzību pēc trim mēnešiem.");
        await Expect(page.Locator($"[data-draft-status='evaluation-justification-{id}']")).ToHaveTextAsync(T(Lv, "Drafts.Saved", "11:00"), new() { Timeout = 15_000 });
        await CheckAsync(page, "evaluation-form");
        Assert.True(await DraftCountAsync() >= 3);

        await page.Locator("#evaluation-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Close/{id}$"));
        await Expect(page.Locator("#closing-refused")).ToHaveCountAsync(0);
        Assert.Equal(0, await DraftCountAsync());
        await page.Locator("#Input_Reason").FillAsync("Mērķi sasniegti");
        await page.Locator("#Input_Summary").FillAsync("Meitene regulāri apmeklē skolu, ģimenes ienākumi stabilizējas.");
        await CheckAsync(page, "close-form");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{id}$"));
        await Expect(page.Locator("#evaluation-list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#timeline li[data-kind=EvaluationRecorded]")).ToContainTextAsync("lēmums – slēgt lietu");
        await CheckAsync(page, "case-closed");
        await page.Locator("#evaluation-list tbody tr a").ClickAsync();
        await Expect(page.Locator("#goal-results tbody tr")).ToHaveCountAsync(2);
        await CheckAsync(page, "evaluation-details");
    }

    /// <summary>A plan with these goals for the worker's oldest open case that has none yet (the demo data may plan some); returns the case.</summary>
    private async Task<int> AddPlanAsync(string userName, params string[] goals)
    {
        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var workerId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var caseFile = await db.CaseFiles
            .Where(c => c.ResponsibleWorkerId == workerId && c.Status == Domain.Cases.CaseStatus.Open && !c.IsArchived && !db.Plans.Any(p => p.CaseFileId == c.Id))
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id).FirstAsync();
        var caseId = caseFile.Id;
        var by = new Domain.Cases.Actor(caseFile.ResponsibleWorkerId!, "Sandra Ozoliņa");
        var today = DateOnly.FromDateTime(Fixture.Factory.Clock.GetUtcNow().UtcDateTime);
        db.Plans.Add(new Domain.Plans.CasePlan(caseFile.OrganisationId, caseId, caseFile.ClientId, new Domain.Plans.PlanContent
        {
            Kind = Domain.Plans.PlanKind.SocialRehabilitation,
            RevisedOn = today.AddDays(-30),
            Goals = goals.Select(g => new Domain.Plans.GoalInput(null, g,
                [new Domain.Plans.TaskInput(null, "Konsultācijas reizi nedēļā", today.AddDays(30), g, Domain.Plans.ResponsibleKind.Client, "Klients")])).ToList(),
        }, Domain.Plans.ReviewIntervals.Default, by, Fixture.Factory.Clock.GetUtcNow().AddDays(-30)));
        await db.SaveChangesAsync();
        return caseId;
    }

    [GeneratedRegex("/Cases/Details/(\\d+)$")]
    private static partial Regex CaseId();
}
