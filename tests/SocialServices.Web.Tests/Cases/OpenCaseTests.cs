using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Tests.Cases;

/// <summary>Opening a case file: numbers per organisation and year, validation, worker and team, audit.</summary>
public sealed class OpenCaseTests(WebFixture fixture) : CaseTest(fixture)
{
    private static List<KeyValuePair<string, string>> OpenForm(string openedOn, string reason, string? source, string? workerId, params string[] team)
    {
        var form = Fields(("Input.OpenedOn", openedOn), ("Input.Reason", reason), ("Input.ReferralSource", source ?? string.Empty), ("Input.ResponsibleWorkerId", workerId ?? string.Empty));
        form.AddRange(team.Select(t => new KeyValuePair<string, string>("Input.TeamMemberIds", t)));
        return form;
    }

    [Fact]
    public async Task A_social_worker_opens_cases_numbered_in_sequence_per_year_of_the_opened_date()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);

        var first = IdFromLocation(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-20", "Bērns neapmeklē skolu", "School", workerId)));
        var second = IdFromLocation(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Vardarbība ģimenē", "Police", workerId)));
        var older = IdFromLocation(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2025-12-30", "Ieraksts no papīra arhīva", "OrphansCourt", workerId)));

        var stored = await StoredCaseAsync(first);
        Assert.Equal("2026/0001", stored.Number);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.OpenedOn);
        Assert.Equal("Bērns neapmeklē skolu", stored.Reason);
        Assert.Equal(ReferralSource.School, stored.ReferralSource);
        Assert.Equal(CaseStatus.Open, stored.Status);
        Assert.Equal(workerId, stored.ResponsibleWorkerId);
        Assert.Equal(OrganisationId, stored.OrganisationId);
        Assert.Single(stored.Assignments);
        Assert.Equal(CaseEventKind.Opened, Assert.Single(stored.Events).Kind);
        Assert.Equal("2026/0002", (await StoredCaseAsync(second)).Number);
        Assert.Equal("2025/0001", (await StoredCaseAsync(older)).Number);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseOpen).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal(clientId, a.ClientId));
        Assert.Equal([first, second, older], audit.Select(a => a.CaseFileId!.Value));
        Assert.Equal("ilze.ozola", audit[0].ActorName);
        Assert.DoesNotContain("Bērziņš", audit[0].Details ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_defaults_to_today_and_the_signed_in_social_worker()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        await CreateUserAsync("specialists.psihologs", Roles.Specialist);
        var clientId = await ClientAsync("Anna", "Kalniņa", workerId);

        var page = await GetDocumentAsync(worker, $"/Cases/Open/{clientId}");

        Assert.Equal("2026-11-23", page.QuerySelector("#Input_OpenedOn")!.GetAttribute("value"));
        Assert.Equal(workerId, page.QuerySelector("#Input_ResponsibleWorkerId option[selected]")!.GetAttribute("value"));
        Assert.Equal(7, page.QuerySelectorAll("#Input_ReferralSource option").Count(o => o.GetAttribute("value") != string.Empty));
        Assert.Contains("Bāriņtiesa", page.QuerySelector("#Input_ReferralSource")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("input[name='Input.TeamMemberIds']").Length);
        Assert.Equal("Anna Kalniņa", page.QuerySelector("#open-client")!.TextContent);
    }

    [Fact]
    public async Task Two_cases_opened_at_the_same_moment_get_different_numbers()
    {
        await SetUpOrganisationAsync();
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var clientA = await ClientAsync("Pēteris", "Liepa", workerId);
        var clientB = await ClientAsync("Marta", "Liepa", workerId);
        var user = Principal(workerId, "ilze.ozola", Roles.SocialWorker);

        async Task<OpenModel.OpenedCase> OpenAsync(int clientId)
        {
            using var scope = Factory.Services.CreateScope();
            var handler = scope.ServiceProvider.GetRequiredService<OpenModel.Handler>();
            return await handler.OpenAsync(clientId, new OpenModel.Command { OpenedOn = Today, Reason = "Krīze", ReferralSource = ReferralSource.Family, ResponsibleWorkerId = workerId }, user, default);
        }

        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => OpenAsync(i % 2 == 0 ? clientA : clientB))));

        Assert.Equal(
            ["2026/0001", "2026/0002", "2026/0003", "2026/0004", "2026/0005", "2026/0006"],
            opened.Select(o => o.Number).Order(StringComparer.Ordinal));
        Assert.Equal(6, await WithDbAsync(db => db.CaseFiles.Select(c => c.Number).Distinct().CountAsync()));
    }

    [Fact]
    public async Task Missing_reason_future_date_and_no_referral_are_shown_at_their_fields_and_nothing_is_saved()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);

        var response = await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-24", "   ", null, workerId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(page, "Input.OpenedOn"));
        Assert.Equal("Norādiet lietas atvēršanas iemeslu.", FieldError(page, "Input.Reason"));
        Assert.Equal("Izvēlieties, kas nosūtīja klientu.", FieldError(page, "Input.ReferralSource"));
        Assert.Equal("2026-11-24", page.QuerySelector("#Input_OpenedOn")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.CaseFiles.CountAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CaseOpen)));
    }

    [Fact]
    public async Task Messages_are_in_English_for_a_user_who_chose_English()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        await PostFormAsync(worker, "/Culture", new() { ["culture"] = "en-GB", ["returnUrl"] = "/" }, pageUrl: "/");

        var page = await ParseAsync(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm(string.Empty, string.Empty, "Self", workerId)));

        Assert.Equal("Enter the date the case was opened.", FieldError(page, "Input.OpenedOn"));
        Assert.Equal("Enter the reason for opening the case.", FieldError(page, "Input.Reason"));
    }

    [Fact]
    public async Task A_social_worker_must_name_the_responsible_worker_but_a_manager_may_leave_it_unassigned()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);

        var refused = await ParseAsync(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Krīze", "Self", null)));
        Assert.Equal("Izvēlieties atbildīgo sociālo darbinieku.", FieldError(refused, "Input.ResponsibleWorkerId"));

        var id = IdFromLocation(await PostAsync(manager, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Krīze", "Self", null)));
        var stored = await StoredCaseAsync(id);
        Assert.Null(stored.ResponsibleWorkerId);
        Assert.Empty(stored.Assignments);
    }

    [Fact]
    public async Task Only_active_social_workers_can_be_responsible_and_team_members_come_from_workers_and_specialists()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var specialistId = (await CreateUserAsync("psihologs", Roles.Specialist)).Id;
        var auditorId = (await CreateUserAsync("auditors", Roles.Auditor)).Id;
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);

        var wrongWorker = await ParseAsync(await PostAsync(manager, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Krīze", "Self", specialistId)));
        Assert.Equal("Izvēlētais lietotājs nav aktīvs sociālais darbinieks.", FieldError(wrongWorker, "Input.ResponsibleWorkerId"));
        var wrongTeam = await ParseAsync(await PostAsync(manager, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Krīze", "Self", workerId, auditorId)));
        Assert.Equal("Komandā var būt tikai aktīvi sociālie darbinieki un speciālisti.", FieldError(wrongTeam, "Input.TeamMemberIds"));

        var id = IdFromLocation(await PostAsync(manager, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Krīze", "Self", workerId, specialistId, workerId)));
        var stored = await StoredCaseAsync(id);
        Assert.Equal(workerId, stored.ResponsibleWorkerId);
        Assert.Equal([specialistId], stored.Team.Select(t => t.UserId));
        Assert.Contains(stored.Events, e => e.Kind == CaseEventKind.TeamMemberAdded && e.SubjectUserId == specialistId);
    }

    [Fact]
    public async Task A_case_can_be_opened_only_for_a_client_in_scope_and_only_by_editors()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (other, _) = await UserAsync(Roles.SocialWorker, "cits.darbinieks");
        var (specialist, _) = await UserAsync(Roles.Specialist, "psihologs");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditors");
        var (admin, _) = await UserAsync(Roles.Administrator, "admins");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(worker, $"/Cases/Open/{clientId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Cases/Open/{clientId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Cases/Open/999999"));
        AssertAccessDenied(await specialist.GetAsync(new Uri($"/Cases/Open/{clientId}", UriKind.Relative)));
        AssertAccessDenied(await auditor.GetAsync(new Uri($"/Cases/Open/{clientId}", UriKind.Relative)));
        AssertAccessDenied(await admin.GetAsync(new Uri($"/Cases/Open/{clientId}", UriKind.Relative)));

        // A post without the page (token from the start page) is refused the same way.
        var token = (await GetDocumentAsync(auditor, "/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await auditor.PostAsync(new Uri($"/Cases/Open/{clientId}", UriKind.Relative), new FormUrlEncodedContent(
            OpenForm("2026-11-23", "Krīze", "Self", workerId).Append(new("__RequestVerificationToken", token))));
        AssertAccessDenied(post);
        Assert.Equal(0, await WithDbAsync(db => db.CaseFiles.CountAsync()));
    }

    [Fact]
    public async Task Hostile_input_is_rejected_or_stored_harmlessly_and_shown_escaped()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);

        var tooLong = await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", new string('x', 10_000), "Self", workerId));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Equal("Ne vairāk kā 2000 rakstzīmes.", FieldError(await ParseAsync(tooLong), "Input.Reason"));

        var control = await ParseAsync(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Iemesls ar\u0007kontrolēm", "Self", workerId)));
        Assert.Equal("Teksts satur neatļautas vadības rakstzīmes.", FieldError(control, "Input.Reason"));

        // A NUL character is refused before the page (400), never a 500.
        var nul = await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", "Iemesls\u0000", "Self", workerId));
        Assert.True(nul.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK, nul.StatusCode.ToString());

        var badDate = await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-02-30", "Krīze", "NotASource", workerId));
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        var badDatePage = await ParseAsync(badDate);
        Assert.Equal("Norādiet atvēršanas datumu.", FieldError(badDatePage, "Input.OpenedOn"));
        Assert.Equal("Izvēlieties, kas nosūtīja klientu.", FieldError(badDatePage, "Input.ReferralSource"));

        var script = "<script>alert('x')</script>'; DROP TABLE case_files; --";
        var id = IdFromLocation(await PostAsync(worker, $"/Cases/Open/{clientId}", OpenForm("2026-11-23", script, "Self", workerId)));
        Assert.Equal(script, (await StoredCaseAsync(id)).Reason);
        var html = await (await worker.GetAsync(new Uri($"/Cases/Details/{id}", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_cannot_be_opened_for_an_archived_client()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == clientId);
            client.Archive("Dublikāts", AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

        var page = await GetDocumentAsync(manager, $"/Cases/Open/{clientId}");
        Assert.NotNull(page.QuerySelector("#client-archived"));
        Assert.Null(page.QuerySelector("main form[method=post] #Input_Reason"));
    }
}
