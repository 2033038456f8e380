using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Drafts;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Evaluations;

namespace SocialServices.Web.Tests.Drafts;

/// <summary>The draft endpoint (the user's own unsaved text on the server), the cleanup on save, and the session expiry the page is told.</summary>
public sealed class DraftTests(WebFixture fixture) : CaseWorkTest(fixture)
{
    private const string Note = "Mājas vizītē konstatēts: ledusskapis tukšs, bērni nav paēduši. Māte stāsta, ka alga aizkavējusies; vienojāmies par pārtikas pakām.";

    private static HttpRequestMessage Ajax(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return request;
    }

    private static string Token(IHtmlDocument page) =>
        page.QuerySelector("script[data-token]")?.GetAttribute("data-token") ?? throw new InvalidOperationException("No drafts script on the page.");

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string token, string key, string text, string? handler = null) =>
        await client.SendAsync(Ajax(HttpMethod.Post, "/Drafts" + (handler is null ? string.Empty : "?handler=" + handler),
            new FormUrlEncodedContent(Fields(("key", key), ("text", text), ("__RequestVerificationToken", token)))));

    private static async Task<JsonElement?> GetDraftAsync(HttpClient client, string key)
    {
        var response = await client.SendAsync(Ajax(HttpMethod.Get, "/Drafts?key=" + Uri.EscapeDataString(key)));
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_draft_is_saved_returned_to_its_author_only_and_discarded()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (colleague, _) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        var token = Token(await GetDocumentAsync(worker, "/"));

        var saved = await SaveAsync(worker, token, "contact-note-7", Note);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("no-store", saved.Headers.CacheControl!.ToString());
        var result = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("11:00", result.GetProperty("time").GetString()); // 09:00 UTC is 11:00 in Riga
        Assert.Equal(8 * 3600, result.GetProperty("secondsLeft").GetInt64());

        var draft = await GetDraftAsync(worker, "contact-note-7");
        Assert.Equal(Note, draft!.Value.GetProperty("text").GetString());
        Assert.Equal("11:00", draft.Value.GetProperty("time").GetString());
        Assert.Null(await GetDraftAsync(colleague, "contact-note-7"));
        Assert.Null(await GetDraftAsync(worker, "contact-note-8"));

        // Typing on: the same row, the newer text; the first save only is audited.
        Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await SaveAsync(worker, token, "contact-note-7", Note + " Nākamā vizīte piektdien.");
        var row = await WithDbAsync(db => db.TextDrafts.SingleAsync());
        Assert.Equal((workerId, "contact-note-7"), (row.UserId, row.Key));
        Assert.EndsWith("piektdien.", row.Text, StringComparison.Ordinal);
        Assert.Equal(AppFactory.DefaultNow.AddSeconds(30), row.UpdatedAt);
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.DraftSave).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal((workerId, "draft", "contact-note-7"), (entry.ActorId, entry.EntityType, entry.EntityId));
        Assert.DoesNotContain("ledusskapis", entry.Details ?? string.Empty, StringComparison.Ordinal);

        // The colleague's discard of the same key touches nothing of the worker's.
        var colleagueToken = Token(await GetDocumentAsync(colleague, "/"));
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(colleague, colleagueToken, "contact-note-7", string.Empty, "Discard")).StatusCode);
        Assert.NotNull(await GetDraftAsync(worker, "contact-note-7"));
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(worker, token, "contact-note-7", string.Empty, "Discard")).StatusCode);
        Assert.Null(await GetDraftAsync(worker, "contact-note-7"));
        Assert.Equal(0, await WithDbAsync(db => db.TextDrafts.CountAsync()));
    }

    [Fact]
    public async Task Bad_keys_missing_tokens_and_old_drafts_are_refused_or_not_offered()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var token = Token(await GetDocumentAsync(worker, "/"));

        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync(worker, token, "../etc", Note)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync(worker, token, "Contact-Note", Note)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync(worker, token, new string('a', 101), Note)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync(worker, token, "note", new string('x', TextDraft.TextMaxLength + 1))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.SendAsync(Ajax(HttpMethod.Get, "/Drafts?key=%3Cscript%3E"))).StatusCode);
        var noToken = await worker.SendAsync(Ajax(HttpMethod.Post, "/Drafts", new FormUrlEncodedContent(Fields(("key", "note"), ("text", Note)))));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(0, await WithDbAsync(db => db.TextDrafts.CountAsync()));

        // A draft untouched for longer than the keeping time is not offered, and goes with the next new draft.
        await SaveAsync(worker, token, "old-note", Note);
        Factory.Clock.Advance(TimeSpan.FromDays(15));
        worker = await SignInAgainAsync("ilze.ozola");
        token = Token(await GetDocumentAsync(worker, "/"));
        Assert.Null(await GetDraftAsync(worker, "old-note"));
        await SaveAsync(worker, token, "new-note", Note);
        Assert.Equal(["new-note"], await WithDbAsync(db => db.TextDrafts.Where(d => d.UserId == workerId).Select(d => d.Key).ToListAsync()));
    }

    [Fact]
    public async Task A_form_saved_deletes_its_drafts_and_a_form_shown_again_keeps_them()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001");
        var form = await GetDocumentAsync(worker, $"/Crisis/Flag/{id}");
        var token = Token(form);
        var description = $"crisis-description-{id}";
        var actions = $"crisis-actions-{id}";
        await SaveAsync(worker, token, description, "Bērns atstāts viens");
        await SaveAsync(worker, token, actions, "Nogādāts pie vecmāmiņas");
        await SaveAsync(worker, token, "contact-note-99", "Cita forma");

        // drafts.js sends the keys of the form's text areas along; a validation message keeps the drafts.
        var invalid = await PostPairsAsync(worker, $"/Crisis/Flag/{id}", Fields(
            ("Input.Version", Version(form)), ("Input.Description", "Bērns atstāts viens"), ("Input.ActionsTaken", ""),
            ("__draftKey", description), ("__draftKey", actions)), null, form);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal(3, await WithDbAsync(db => db.TextDrafts.CountAsync()));

        var saved = await PostPairsAsync(worker, $"/Crisis/Flag/{id}", Fields(
            ("Input.Version", Version(form)), ("Input.Description", "Bērns atstāts viens"), ("Input.ActionsTaken", "Nogādāts pie vecmāmiņas"),
            ("__draftKey", description), ("__draftKey", actions)), null, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["contact-note-99"], await WithDbAsync(db => db.TextDrafts.Select(d => d.Key).ToListAsync()));
    }

    [Fact]
    public async Task The_page_is_told_when_the_session_ends_and_an_expired_session_answers_401_to_the_script()
    {
        await SetUpOrganisationAsync();
        var (worker, _) = await UserAsync(Roles.SocialWorker, "ilze.ozola");

        var start = await GetDocumentAsync(worker, "/");
        Assert.Equal("28800", start.QuerySelector("meta[name=session-expires-in]")!.GetAttribute("content"));
        var script = start.QuerySelector("script[data-endpoint]")!;
        Assert.StartsWith("/js/drafts.js", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("/Drafts", script.GetAttribute("data-endpoint"));
        Assert.Equal("/Account/Login?ReturnUrl=%2FDrafts%2FSignedIn", script.GetAttribute("data-login"));
        Assert.Equal("Atjaunot nesaglabāto tekstu (saglabāts {0})", script.GetAttribute("data-t-restore"));
        Assert.Equal("Turpināt darbu", script.GetAttribute("data-t-continue"));
        Assert.Null((await GetDocumentAsync(NewClient(), "/Account/Login")).QuerySelector("script[data-endpoint]"));

        // Thirty seconds later (before Identity revalidates the sign-in) the same session has 30 s less.
        Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("28770", (await GetDocumentAsync(worker, "/")).QuerySelector("meta[name=session-expires-in]")!.GetAttribute("content"));

        // "Continue working" renews the sign-in for the whole lifetime.
        var token = Token(start);
        Factory.Clock.Advance(TimeSpan.FromHours(7));
        var renewed = await SaveAsync(worker, token, "unused", string.Empty, "KeepAlive");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(8 * 3600, JsonDocument.Parse(await renewed.Content.ReadAsStringAsync()).RootElement.GetProperty("secondsLeft").GetInt64());
        Assert.Contains(renewed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ss.auth=", StringComparison.Ordinal));

        // After the session has ended: the script gets 401 (not the sign-in page), a page load goes to sign in and back.
        Factory.Clock.Advance(TimeSpan.FromHours(9));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SaveAsync(worker, token, "note", Note)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SaveAsync(worker, token, "note", Note, "KeepAlive")).StatusCode);
        var page = await worker.GetAsync(new Uri("/Crisis/Flag/5", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2FCrisis%2FFlag%2F5", page.Headers.Location!.PathAndQuery);
        Assert.Equal(0, await WithDbAsync(db => db.TextDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_draft_saved_before_the_session_ended_is_there_after_signing_in_again()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001");
        var form = await GetDocumentAsync(worker, $"/Evaluations/Create/{id}");
        await SaveAsync(worker, Token(form), $"evaluation-situation-{id}", Note);

        Factory.Clock.Advance(TimeSpan.FromHours(9));
        var expired = await worker.GetAsync(new Uri($"/Evaluations/Create/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);

        var again = await SignInAgainAsync("ilze.ozola");
        var reopened = await GetDocumentAsync(again, $"/Evaluations/Create/{id}");
        Assert.Equal($"evaluation-situation-{id}", reopened.QuerySelector("#Input_SituationChanges")!.GetAttribute("data-draft-key"));
        var draft = await GetDraftAsync(again, $"evaluation-situation-{id}");
        Assert.Equal(Note, draft!.Value.GetProperty("text").GetString());
        Assert.Equal("11:00", draft.Value.GetProperty("time").GetString());
        Assert.Equal(AppFactory.DefaultNow, DateTimeOffset.Parse(draft.Value.GetProperty("savedAt").GetString()!, CultureInfo.InvariantCulture));
    }
}
