using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Evaluations;

namespace SocialServices.Web.Tests.Crisis;

/// <summary>The crisis flag: flagging with actions and informed parties, the red boards of the right people only, resolving, history, audit.</summary>
public sealed class CrisisTests(WebFixture fixture) : CaseWorkTest(fixture)
{
    private const string Description = "Skola ziņo: bērns ieradies ar zilumiem, baidās doties mājās";

    private static List<KeyValuePair<string, string>> FlagFields(string description = Description, string actions = "Bērns kopā ar skolas sociālo pedagogu nogādāts pie vecmāmiņas", params (string Key, string Value)[] more) =>
        Fields([
            ("Input.Description", description), ("Input.ActionsTaken", actions),
            ("Input.Informed[0].Party", "OrphansCourt"), ("Input.Informed[0].Selected", "true"), ("Input.Informed[0].At", "2026-11-23T10:15"), ("Input.Informed[0].Contact", "J. Ozola, pa tālruni"),
            ("Input.Informed[1].Party", "Police"), ("Input.Informed[1].Selected", "true"), ("Input.Informed[1].At", "2026-11-23T10:30"),
            ("Input.Informed[2].Party", "EmergencyMedicalService"), ("Input.Informed[2].At", "2026-11-23T10:40"),
            ("Input.Informed[3].Party", "School"),
            ("Input.Informed[4].Party", "Other"),
            .. more]);

    private static async Task<HttpResponseMessage> FlagAsync(HttpClient client, int caseId, List<KeyValuePair<string, string>> fields)
    {
        var page = await GetDocumentAsync(client, $"/Crisis/Flag/{caseId}");
        return await PostPairsAsync(client, $"/Crisis/Flag/{caseId}", [.. fields, new("Input.Version", Version(page))], null, page);
    }

    private static async Task<HttpResponseMessage> ResolveAsync(HttpClient client, int caseId, string note)
    {
        var page = await GetDocumentAsync(client, $"/Crisis/Resolve/{caseId}");
        return await PostPairsAsync(client, $"/Crisis/Resolve/{caseId}", Fields(("Input.Version", Version(page)), ("Input.Note", note)), null, page);
    }

    private static IHtmlElement? Board(IHtmlDocument page, string board) => page.QuerySelector($"#crisis-board-{board}") as IHtmlElement;

    [Fact]
    public async Task A_worker_flags_a_crisis_with_actions_and_informed_parties_and_the_case_page_shows_it_in_red()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");
        Factory.Clock.Advance(TimeSpan.FromHours(2)); // 11:00 UTC, 13:00 in Riga

        var details = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        Assert.Equal($"/Crisis/Flag/{id}", details.QuerySelector("#crisis a[data-action=flag-crisis]")!.GetAttribute("href"));
        Assert.Null(details.QuerySelector("#crisis-active"));

        var form = await GetDocumentAsync(worker, $"/Crisis/Flag/{id}");
        Assert.Equal(5, form.QuerySelectorAll("#informed [data-party]").Length);
        Assert.Equal("2026-11-23T13:00", form.QuerySelector("#informed-Police-at")!.GetAttribute("value"));
        Assert.Equal($"crisis-description-{id}", form.QuerySelector("#Input_Description")!.GetAttribute("data-draft-key"));

        var response = await FlagAsync(worker, id, FlagFields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/Details/{id}", response.Headers.Location!.OriginalString);
        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        var active = page.QuerySelector("#crisis-active")!;
        Assert.Contains("alert-danger", active.ClassName, StringComparison.Ordinal);
        Assert.Contains(Description, active.QuerySelector("[data-field=description]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("vecmāmiņas", active.QuerySelector("[data-field=actions]")!.TextContent, StringComparison.Ordinal);
        var informed = active.QuerySelectorAll("[data-field=informed] li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Bāriņtiesa: 23.11.2026 10:15 · J. Ozola, pa tālruni", "Policija: 23.11.2026 10:30"], informed);
        Assert.Contains("23.11.2026 13:00 · Tests ilze.ozola", active.QuerySelector("[data-field=flagged]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Crisis/Resolve/{id}", active.QuerySelector("a[data-action=resolve-crisis]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[data-action=flag-crisis]"));
        Assert.Equal(Description, page.QuerySelector("#timeline li[data-kind=CrisisFlagged] .event-text")!.TextContent);

        var stored = await WithDbAsync(db => db.CaseCrises.Include(k => k.Notices).SingleAsync());
        Assert.Equal(id, stored.CaseFileId);
        Assert.Equal([InformedParty.OrphansCourt, InformedParty.Police], stored.Notices.OrderBy(n => n.At).Select(n => n.Party));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero), stored.Notices.Single(n => n.Party == InformedParty.OrphansCourt).At);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.CrisisFlag));
        Assert.Equal((workerId, clientId, id), (audit.ActorId, audit.ClientId!.Value, audit.CaseFileId!.Value));
        Assert.Equal("informed=OrphansCourt,Police", audit.Details);
        Assert.DoesNotContain("zilumiem", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_flagged_case_is_pinned_for_its_worker_team_and_managers_and_nobody_else()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (colleague, colleagueId) = await UserAsync(Roles.SocialWorker, "kolege.komanda");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var (otherWorker, otherWorkerId) = await UserAsync(Roles.SocialWorker, "cits.darbinieks");
        var (otherSpecialist, _) = await UserAsync(Roles.Specialist, "cits.specialists");
        var (duty, _) = await UserAsync(Roles.SocialWorker, "dezurants");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditors");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001", null, colleagueId, specialistId);
        var quiet = await CaseAsync(await ClientAsync("Anna", "Liepa", workerId), workerId, "2026/0002");
        var othersCase = await CaseAsync(await ClientAsync("Pēteris", "Ozols", otherWorkerId), otherWorkerId, "2026/0003");
        await FlagAsync(worker, id, FlagFields());
        // The duty worker opens the case by emergency access: they may read it, but it is not theirs to watch.
        await PostAsync(duty, "/Access/Emergency", Fields(("Input.CaseNumber", "2026/0001"), ("Input.Reason", "Policija zvana naktī")));

        foreach (var (client, board) in new[] { (worker, "worker"), (colleague, "worker"), (specialist, "specialist"), (manager, "manager") })
        {
            var start = await GetDocumentAsync(client, "/");
            var pinned = Board(start, board);
            Assert.NotNull(pinned);
            Assert.Contains("alert-danger", pinned.ClassName, StringComparison.Ordinal);
            var row = Assert.Single(pinned.QuerySelectorAll("li[data-case]"));
            Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-case"));
            Assert.Contains("2026/0001", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Jānis Bērziņš", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("zilumiem", row.TextContent, StringComparison.Ordinal);
            // Pinned above everything else on the card.
            var card = pinned.Closest("section.card")!;
            Assert.Same(pinned, card.QuerySelector(".card-body > :not(h2):not(p)"));
        }

        Assert.Contains("atbildīgais: Tests ilze.ozola", Board(await GetDocumentAsync(manager, "/"), "manager")!.TextContent, StringComparison.Ordinal);
        foreach (var outsider in new[] { otherWorker, otherSpecialist, duty, auditor })
        {
            var start = await GetDocumentAsync(outsider, "/");
            Assert.Null(start.QuerySelector("[id^=crisis-board]"));
            Assert.DoesNotContain("zilumiem", start.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(otherWorker, $"/Cases/Details/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(otherWorker, $"/Crisis/Flag/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(otherWorker, $"/Crisis/Resolve/{id}"));
        Assert.Null(Board(await GetDocumentAsync(otherWorker, "/"), "worker"));
        Assert.NotEqual(quiet, othersCase);
    }

    [Fact]
    public async Task Resolving_with_a_note_unpins_the_case_and_keeps_the_crisis_as_history()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001", null, specialistId);
        await FlagAsync(worker, id, FlagFields());
        Factory.Clock.Advance(TimeSpan.FromHours(3));

        var empty = await ParseAsync(await ResolveAsync(manager, id, " "));
        Assert.Equal("Aprakstiet, kā krīze atrisināta.", FieldError(empty, "Input.Note"));
        Assert.Contains(Description, empty.QuerySelector(".crisis-details")!.TextContent, StringComparison.Ordinal);

        var response = await ResolveAsync(manager, id, "Bāriņtiesa nolēma: bērns paliek pie vecmāmiņas, ģimenei atbalsta plāns");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/Details/{id}", response.Headers.Location!.OriginalString);

        Assert.Null(Board(await GetDocumentAsync(worker, "/"), "worker"));
        Assert.Null(Board(await GetDocumentAsync(specialist, "/"), "specialist"));
        Assert.Null(Board(await GetDocumentAsync(manager, "/"), "manager"));
        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        Assert.Null(page.QuerySelector("#crisis-active"));
        var history = page.QuerySelector("#crisis-history")!;
        Assert.Contains("(1)", history.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("vecmāmiņas, ģimenei atbalsta plāns", history.QuerySelector("[data-field=resolution]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("23.11.2026 14:00 · Tests vaditaja", history.QuerySelector("[data-field=resolved]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#timeline li[data-kind=CrisisResolved]"));
        Assert.NotNull(page.QuerySelector("a[data-action=flag-crisis]"));

        // A second crisis later: flagged again, both kept.
        await FlagAsync(worker, id, FlagFields("Tēvs draud ģimenei"));
        Assert.Equal(2, await WithDbAsync(db => db.CaseCrises.CountAsync(k => k.CaseFileId == id)));
        Assert.Contains("Tēvs draud", Board(await GetDocumentAsync(worker, "/"), "worker")!.TextContent, StringComparison.Ordinal);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CrisisFlag || a.Action == AuditActions.CrisisResolve).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.CrisisFlag, AuditActions.CrisisResolve, AuditActions.CrisisFlag], audit);
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_the_field_and_nothing_typed_is_lost()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", new DateOnly(2026, 11, 13));

        var response = await FlagAsync(worker, id, Fields(
            ("Input.Description", ""), ("Input.ActionsTaken", "Sazinājāmies ar ģimeni"),
            ("Input.Informed[0].Party", "OrphansCourt"), ("Input.Informed[0].Selected", "true"), ("Input.Informed[0].At", ""),
            ("Input.Informed[1].Party", "Police"), ("Input.Informed[1].Selected", "true"), ("Input.Informed[1].At", "2026-11-24T08:00"),
            ("Input.Informed[2].Party", "EmergencyMedicalService"), ("Input.Informed[2].Selected", "true"), ("Input.Informed[2].At", "2026-11-01T08:00"),
            ("Input.Informed[3].Party", "School"),
            ("Input.Informed[4].Party", "Other"), ("Input.Informed[4].Selected", "true"), ("Input.Informed[4].At", "2026-11-23T10:00"), ("Input.Informed[4].Contact", "Ārsts")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Aprakstiet, kas noticis.", FieldError(page, "Input.Description"));
        Assert.Equal("Norādiet, kad iestāde informēta.", FieldError(page, "Input.Informed[0].At"));
        Assert.Equal("Laiks nevar būt nākotnē.", FieldError(page, "Input.Informed[1].At"));
        Assert.Equal("Laiks nevar būt pirms lietas atvēršanas.", FieldError(page, "Input.Informed[2].At"));
        Assert.Equal("Norādiet iestādi vai personu.", FieldError(page, "Input.Informed[4].OtherName"));
        Assert.Equal("Sazinājāmies ar ģimeni", page.QuerySelector("#Input_ActionsTaken")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#informed-Police[checked]"));
        Assert.Null(page.QuerySelector("#informed-School[checked]"));
        Assert.Equal("Ārsts", page.QuerySelector("#informed-Other-contact")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.CaseCrises.CountAsync()));
    }

    [Fact]
    public async Task Only_editors_in_scope_flag_and_resolve_and_one_crisis_is_active_at_a_time()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditors");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", null, specialistId);

        foreach (var reader in new[] { specialist, auditor })
        {
            AssertAccessDenied(await reader.GetAsync(new Uri($"/Crisis/Flag/{id}", UriKind.Relative)));
            AssertAccessDenied(await reader.GetAsync(new Uri($"/Crisis/Resolve/{id}", UriKind.Relative)));
            var page = await GetDocumentAsync(reader, $"/Cases/Details/{id}");
            Assert.Null(page.QuerySelector("a[data-action=flag-crisis]"));
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            AssertAccessDenied(await reader.PostAsync(new Uri($"/Crisis/Flag/{id}", UriKind.Relative),
                new FormUrlEncodedContent([.. FlagFields(), new("Input.Version", "0"), new("__RequestVerificationToken", token)])));
        }

        Assert.Equal(0, await WithDbAsync(db => db.CaseCrises.CountAsync()));
        Assert.NotNull((await GetDocumentAsync(worker, $"/Crisis/Resolve/{id}")).QuerySelector("#not-possible"));

        await FlagAsync(worker, id, FlagFields());
        var again = await GetDocumentAsync(worker, $"/Crisis/Flag/{id}");
        Assert.Contains("jau ir neatrisināta krīzes situācija", again.QuerySelector("#not-possible")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#crisis-form"));

        // Both see the active crisis on the case page; only the worker may resolve it.
        Assert.NotNull((await GetDocumentAsync(specialist, $"/Cases/Details/{id}")).QuerySelector("#crisis-active"));
        Assert.Null((await GetDocumentAsync(specialist, $"/Cases/Details/{id}")).QuerySelector("a[data-action=resolve-crisis]"));
        Assert.NotNull((await GetDocumentAsync(auditor, $"/Cases/Details/{id}")).QuerySelector("#crisis-active"));
    }

    [Fact]
    public async Task A_flag_posted_on_a_stale_form_shows_the_conflict_and_keeps_the_text()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001");
        var stale = await GetDocumentAsync(worker, $"/Crisis/Flag/{id}");
        await FlagAsync(manager, id, FlagFields("Vadītāja jau atzīmēja"));

        var response = await PostPairsAsync(worker, $"/Crisis/Flag/{id}", [.. FlagFields("Mans apraksts"), new("Input.Version", Version(stale))], null, stale);

        var page = await ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#not-possible"));
        Assert.Equal("Vadītāja jau atzīmēja", (await WithDbAsync(db => db.CaseCrises.SingleAsync())).Description);
    }
}
