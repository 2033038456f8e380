using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Plans;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Plans;

/// <summary>Plans: written, revised with a reason, history and comparison, agreement, print and PDF, access and audit.</summary>
public sealed class PlanTests(WebFixture fixture) : PlanTestBase(fixture)
{
    private async Task<(HttpClient Worker, string WorkerId, int ClientId, int CaseId)> CaseWithWorkerAsync()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0007", Today.AddDays(-30));
        return (worker, workerId, clientId, caseId);
    }

    [Fact]
    public async Task A_worker_writes_the_first_plan_with_goals_and_tasks_and_it_is_in_the_timeline_and_the_audit()
    {
        var (worker, workerId, clientId, caseId) = await CaseWithWorkerAsync();

        var response = await SavePlanAsync(worker, caseId, PlanForm(workerId, Today));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Plans/Details/{caseId}", response.Headers.Location!.ToString());
        var plan = await StoredPlanAsync(caseId);
        var revision = Assert.Single(plan.Revisions);
        Assert.Equal(1, revision.Number);
        Assert.Equal(PlanKind.SocialRehabilitation, revision.Kind);
        Assert.Equal(Today, revision.RevisedOn);
        Assert.Equal(Today.AddMonths(12), revision.ReviewOn);
        Assert.Null(revision.Reason);
        Assert.Equal("Tests ilze.ozola", revision.AuthorName);
        Assert.Equal(["Parādi par komunālajiem maksājumiem", "Bērns kavē skolu"], revision.Problems);
        Assert.Equal(["Jelgavas 4. vidusskola", "Bāriņtiesa"], revision.Institutions);
        var goals = revision.Goals.OrderBy(g => g.Position).ToList();
        Assert.Equal(["Sakārtot ģimenes finanses", "Bērns regulāri apmeklē skolu"], goals.Select(g => g.Text));
        var workerTask = goals[1].Tasks.Single();
        Assert.Equal((ResponsibleKind.Worker, workerId, "Tests ilze.ozola"), (workerTask.ResponsibleKind, workerTask.ResponsibleUserId, workerTask.ResponsibleName));
        Assert.Equal((ResponsibleKind.Client, "Jānis Bērziņš"), (goals[0].Tasks[0].ResponsibleKind, goals[0].Tasks[0].ResponsibleName));

        var caseFile = await StoredCaseAsync(caseId);
        var planned = Assert.Single(caseFile.Events, e => e.Kind == CaseEventKind.PlanRevised);
        Assert.StartsWith("1. redakcija · Sociālās rehabilitācijas plāns · pārskatīšana līdz ", planned.Text, StringComparison.Ordinal);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PlanRevise));
        Assert.Equal((clientId, caseId, workerId), (audit.ClientId!.Value, audit.CaseFileId!.Value, audit.ActorId));
        Assert.Equal("revision=1; kind=SocialRehabilitation; goals=2; tasks=2", audit.Details);

        var page = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}");
        Assert.Equal(2, page.QuerySelectorAll("#revision [data-goal-key]").Length);
        Assert.Contains("Tikšanās ar klases audzinātāju", page.QuerySelector("#revision")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#not-agreed"));
        Assert.All(page.QuerySelectorAll("#revision td[data-status]"), td => Assert.Equal("None", td.GetAttribute("data-status")));

        var casePage = await GetDocumentAsync(worker, $"/Cases/Details/{caseId}");
        Assert.Contains("1. redakcija", casePage.QuerySelector("#plan-kind")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_shows_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        var (worker, workerId, _, caseId) = await CaseWithWorkerAsync();
        var fields = PlanForm(workerId, Today.AddDays(1), review: Iso(Today.AddMonths(13)));
        fields.RemoveAll(f => f.Key == "Input.Goals[0].Tasks[0].Measure" || f.Key == "Input.Goals[1].Tasks[0].ResponsibleUserId");

        var response = await SavePlanAsync(worker, caseId, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(page, "Input.RevisedOn"));
        Assert.Equal("Aprakstiet pasākumu.", FieldError(page, "Input.Goals[0].Tasks[0].Measure"));
        Assert.Equal("Izvēlieties atbildīgo darbinieku.", FieldError(page, "Input.Goals[1].Tasks[0].ResponsibleUserId"));
        Assert.Equal("Rakstisks budžets", page.QuerySelector("textarea[name='Input.Goals[0].Tasks[0].ExpectedResult']")!.TextContent);
        Assert.False(await WithDbAsync(db => db.Plans.AnyAsync()));

        fields = PlanForm(workerId, Today, review: Iso(Today.AddMonths(6).AddDays(1)), livesAtProvider: true);
        page = await ParseAsync(await SavePlanAsync(worker, caseId, fields));
        Assert.Equal($"Izvērtēšanai jābūt ne vēlāk kā {Today.AddMonths(6):dd.MM.yyyy}.", FieldError(page, "Input.ReviewOn"));

        Assert.Equal(HttpStatusCode.Redirect, (await SavePlanAsync(worker, caseId, PlanForm(workerId, Today, livesAtProvider: true))).StatusCode);
        Assert.Equal(Today.AddMonths(6), (await StoredPlanAsync(caseId)).Current.ReviewOn);
    }

    [Fact]
    public async Task Goals_and_tasks_are_added_by_posting_the_form_back_without_losing_input()
    {
        var (worker, workerId, _, caseId) = await CaseWithWorkerAsync();
        var url = $"/Plans/Edit/{caseId}";
        var page = await GetDocumentAsync(worker, url);
        Assert.Single(page.QuerySelectorAll("fieldset[data-goal]"));

        var response = await PostPairsAsync(worker, url + "?goal=0", [.. PlanForm(workerId, Today), new("Input.Version", "0")], "AddTask", page);
        page = await ParseAsync(response);
        Assert.Equal(3, page.QuerySelectorAll("fieldset[data-task]").Length);
        Assert.Equal("Sakārtot ģimenes finanses", page.QuerySelector("textarea[name='Input.Goals[0].Text']")!.TextContent);
        Assert.NotNull(page.QuerySelector("textarea[name='Input.Goals[0].Tasks[1].Measure']"));

        response = await PostPairsAsync(worker, url, [.. PlanForm(workerId, Today), new("Input.Version", "0")], "AddGoal", page);
        page = await ParseAsync(response);
        Assert.Equal(3, page.QuerySelectorAll("fieldset[data-goal]").Length);
        Assert.False(await WithDbAsync(db => db.Plans.AnyAsync()));
    }

    [Fact]
    public async Task A_revision_needs_a_reason_keeps_the_earlier_one_and_the_history_and_comparison_show_both()
    {
        var (worker, workerId, clientId, caseId) = await CaseWithWorkerAsync();
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today.AddDays(-20)));
        var first = (await StoredPlanAsync(caseId)).Current;

        var form = await GetDocumentAsync(worker, $"/Plans/Edit/{caseId}");
        Assert.Equal("Sastādīt mēneša budžetu", form.QuerySelector("textarea[name='Input.Goals[0].Tasks[0].Measure']")!.TextContent);
        Assert.Equal(first.Goals.Single(g => g.Position == 1).Key.ToString(), form.QuerySelector("input[name='Input.Goals[0].Key']")!.GetAttribute("value"));

        var changed = PlanForm(workerId, Today);
        changed.RemoveAll(f => f.Key is "Input.Goals[0].Tasks[0].Deadline" or "Input.Institutions");
        changed.Add(new("Input.Goals[0].Tasks[0].Deadline", Iso(Today.AddDays(30))));
        changed.Add(new("Input.Institutions", "Jelgavas 4. vidusskola\nPašvaldības policija"));
        changed.AddRange(Fields(
            ("Input.Goals[1].Tasks[0].Remove", "true"),
            ("Input.Goals[1].Tasks[1].Measure", "Konsultācija pie skolas psihologa"),
            ("Input.Goals[1].Tasks[1].Deadline", Iso(Today.AddDays(21))),
            ("Input.Goals[1].Tasks[1].ExpectedResult", "Bērns zina, pie kā vērsties"),
            ("Input.Goals[1].Tasks[1].ResponsibleKind", nameof(ResponsibleKind.Institution)),
            ("Input.Goals[1].Tasks[1].ResponsibleName", "Jelgavas 4. vidusskola")));

        var missingReason = await ParseAsync(await SavePlanAsync(worker, caseId, changed));
        Assert.Equal("Norādiet, kāpēc plāns tiek mainīts.", FieldError(missingReason, "Input.Reason"));
        Assert.Equal("Konsultācija pie skolas psihologa", missingReason.QuerySelector("textarea[name='Input.Goals[1].Tasks[1].Measure']")!.TextContent);

        changed.RemoveAll(f => f.Key == "Input.Reason");
        changed.Add(new("Input.Reason", "Izvērtēšana: budžeta termiņš pagarināts, skolas uzdevums mainīts"));
        Assert.Equal(HttpStatusCode.Redirect, (await SavePlanAsync(worker, caseId, changed)).StatusCode);

        var plan = await StoredPlanAsync(caseId);
        Assert.Equal(2, plan.CurrentRevisionNumber);
        var one = plan.Revision(1);
        var two = plan.Revision(2);
        Assert.NotNull(one.SupersededAt);
        Assert.Equal(["Jelgavas 4. vidusskola", "Bāriņtiesa"], one.Institutions);
        Assert.Equal(Today.AddDays(-6), one.Goals.Single(g => g.Position == 1).Tasks.Single().Deadline);
        Assert.Equal("Izvērtēšana: budžeta termiņš pagarināts, skolas uzdevums mainīts", two.Reason);
        Assert.Equal(one.Goals.Select(g => g.Key).Order(), two.Goals.Select(g => g.Key).Order());
        Assert.Equal(one.Goals.Single(g => g.Position == 1).Tasks.Single().Key, two.Goals.Single(g => g.Position == 1).Tasks.Single().Key);
        Assert.Equal(2, (await StoredCaseAsync(caseId)).Events.Count(e => e.Kind == CaseEventKind.PlanRevised));

        var details = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}");
        Assert.Equal(["2", "1"], details.QuerySelectorAll("#revisions tbody tr").Select(tr => tr.GetAttribute("data-revision")!));
        var old = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}?revision=1");
        Assert.NotNull(old.QuerySelector("#old-revision"));
        Assert.Contains("Bāriņtiesa", old.QuerySelector("#institutions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, $"/Plans/Details/{caseId}?revision=3"));

        var diff = await GetDocumentAsync(worker, $"/Plans/Diff/{caseId}?from=1&to=2");
        var institutions = diff.QuerySelector("[data-list=Institutions]")!;
        Assert.Equal("Bāriņtiesa", institutions.QuerySelector("li[data-change=Removed] del")!.TextContent);
        Assert.Equal("Pašvaldības policija", institutions.QuerySelector("li[data-change=Added] ins")!.TextContent);
        Assert.Equal("Svītrots", institutions.QuerySelector("li[data-change=Removed] .badge")!.TextContent);
        var budgetRow = diff.QuerySelector($"tr[data-task-key='{one.Goals.Single(g => g.Position == 1).Tasks.Single().Key}']")!;
        Assert.Equal("Changed", budgetRow.GetAttribute("data-change"));
        Assert.Equal(Lv(Today.AddDays(-6)), budgetRow.QuerySelector("td[data-field=Deadline] del")!.TextContent);
        Assert.Equal(Lv(Today.AddDays(30)), budgetRow.QuerySelector("td[data-field=Deadline] ins")!.TextContent);
        Assert.Null(budgetRow.QuerySelector("td[data-field=Measure] del"));
        var schoolGoal = diff.QuerySelector($"[data-goal-key='{one.Goals.Single(g => g.Position == 2).Key}']")!;
        Assert.Equal(["Removed", "Added"], schoolGoal.QuerySelectorAll("tr[data-change]").Select(tr => tr.GetAttribute("data-change")!));
        Assert.Contains("Izvērtēšana: budžeta termiņš pagarināts", diff.QuerySelector("#diff-reason")!.TextContent, StringComparison.Ordinal);

        var same = await GetDocumentAsync(worker, $"/Plans/Diff/{caseId}?from=2&to=2");
        Assert.NotNull(same.QuerySelector("#no-differences"));
        var reads = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.PlanRead && a.Details!.Contains("compare")).Select(a => a.Details).ToListAsync());
        Assert.Equal([$"plan={plan.Id}; compare=1-2", $"plan={plan.Id}; compare=2-2"], reads);
        Assert.All(await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.PlanRead).ToListAsync()), a => Assert.Equal((clientId, caseId), (a.ClientId!.Value, a.CaseFileId!.Value)));
    }

    [Fact]
    public async Task A_revision_saved_meanwhile_is_a_conflict_that_keeps_the_input()
    {
        var (worker, workerId, _, caseId) = await CaseWithWorkerAsync();
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today.AddDays(-5)));
        var staleForm = await GetDocumentAsync(worker, $"/Plans/Edit/{caseId}");
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today, reason: "Pirmās izmaiņas"));

        var fields = PlanForm(workerId, Today, reason: "Otrās izmaiņas");
        fields.Add(new("Input.Version", Version(staleForm)));
        var response = await PostPairsAsync(worker, $"/Plans/Edit/{caseId}", fields, null, staleForm);

        var page = await ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Equal("Otrās izmaiņas", page.QuerySelector("textarea[name='Input.Reason']")!.TextContent);
        Assert.NotEqual(Version(staleForm), Version(page));
        Assert.Equal(2, (await StoredPlanAsync(caseId)).Revisions.Count);
    }

    [Fact]
    public async Task The_client_agreement_is_recorded_for_the_revision_in_force_in_the_timeline_and_audit()
    {
        var (worker, workerId, clientId, caseId) = await CaseWithWorkerAsync();
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today.AddDays(-2)));

        var url = $"/Plans/Agree/{caseId}";
        var form = await GetDocumentAsync(worker, url);
        var invalid = await ParseAsync(await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.RevisionNumber", "1"), ("Input.AgreedOn", Iso(Today.AddDays(-3))), ("Input.ClientComments", "Gribu tikties rītos")), null, form));
        Assert.Equal("Plānu nevar saskaņot agrāk, nekā tas sastādīts.", FieldError(invalid, "Input.AgreedOn"));
        Assert.Equal("Izvēlieties, kā plāns saskaņots.", FieldError(invalid, "Input.Method"));
        Assert.Equal("Gribu tikties rītos", invalid.QuerySelector("textarea[name='Input.ClientComments']")!.TextContent);

        var response = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.RevisionNumber", "1"), ("Input.AgreedOn", Iso(Today)), ("Input.Method", "Orally"), ("Input.ClientComments", "Gribu tikties rītos")), null, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agreement = Assert.Single((await StoredPlanAsync(caseId)).Current.Agreements);
        Assert.Equal((Today, AgreementMethod.Orally, "Gribu tikties rītos"), (agreement.AgreedOn, agreement.Method, agreement.ClientComments));
        var agreed = Assert.Single((await StoredCaseAsync(caseId)).Events, e => e.Kind == CaseEventKind.PlanAgreed);
        Assert.Equal($"1. redakcija · saskaņots mutiski {Today:dd.MM.yyyy}", agreed.Text);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PlanAgree));
        Assert.Equal((clientId, caseId), (audit.ClientId!.Value, audit.CaseFileId!.Value));
        var details = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}");
        Assert.Equal("Orally", details.QuerySelector("#agreement dl")!.GetAttribute("data-method"));
        Assert.Contains("Gribu tikties rītos", details.QuerySelector("#client-comments")!.TextContent, StringComparison.Ordinal);

        // The form opened before a new revision was saved does not agree to the new one.
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today, reason: "Jauni apstākļi"));
        var stale = await ParseAsync(await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.RevisionNumber", "1"), ("Input.AgreedOn", Iso(Today)), ("Input.Method", "Signature")), null, form));
        Assert.NotNull(stale.QuerySelector("#conflict"));
        Assert.Empty((await StoredPlanAsync(caseId)).Current.Agreements);
    }

    [Fact]
    public async Task The_plan_prints_for_signature_and_exports_as_an_audited_Latvian_pdf()
    {
        var (worker, workerId, clientId, caseId) = await CaseWithWorkerAsync();
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today));

        var print = await GetDocumentAsync(worker, $"/Plans/Print/{caseId}");
        Assert.Equal("Jānis Bērziņš", print.QuerySelector("#print-client")!.TextContent);
        Assert.Contains("(paraksts)", print.QuerySelector("#signatures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tikšanās ar klases audzinātāju", print.QuerySelector("#print")!.TextContent, StringComparison.Ordinal);

        var response = await worker.GetAsync(new Uri($"/Plans/Pdf/{caseId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("SOCIĀLĀS REHABILITĀCIJAS PLĀNS", text, StringComparison.Ordinal);
        Assert.Contains("Sakārtot ģimenes finanses", text, StringComparison.Ordinal);
        Assert.Contains("2. mērķis: Bērns regulāri apmeklē skolu", text, StringComparison.Ordinal);
        Assert.Contains("audzinātāju", text, StringComparison.Ordinal);
        Assert.Contains("Jānis Bērziņš", text, StringComparison.Ordinal);

        var export = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PlanExport));
        Assert.Equal((clientId, caseId, workerId), (export.ClientId!.Value, export.CaseFileId!.Value, export.ActorId));
        Assert.EndsWith("revision=1", export.Details, StringComparison.Ordinal);
        Assert.Single(await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.PlanRead && a.Details!.StartsWith("page=print")).ToListAsync()));
    }

    [Fact]
    public async Task Out_of_scope_users_get_not_found_and_readers_cannot_change_the_plan()
    {
        var (worker, workerId, _, caseId) = await CaseWithWorkerAsync();
        var specialistId = (await CreateUserAsync("psihologe", Roles.Specialist)).Id;
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.Include(c => c.Team).SingleAsync(c => c.Id == caseId);
            caseFile.AddTeamMember(specialistId, "Psihologs", new Actor(workerId, "Tests"), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today));
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today, reason: "Precizēts"));
        var other = await SignedInAsync(Roles.SocialWorker, "cits.darbinieks");
        var auditor = await SignedInAsync(Roles.Auditor);
        var specialist = await SignInAgainAsync("psihologe");

        string[] reads = [$"/Plans/Details/{caseId}", $"/Plans/Details/{caseId}?revision=1", $"/Plans/Diff/{caseId}?from=1&to=2", $"/Plans/Print/{caseId}", $"/Plans/Pdf/{caseId}"];
        string[] changes = [$"/Plans/Edit/{caseId}", $"/Plans/Agree/{caseId}"];
        foreach (var url in reads.Concat(changes))
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, url));
        }

        foreach (var reader in new[] { auditor, specialist })
        {
            foreach (var url in reads)
            {
                Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, url));
            }

            foreach (var url in changes)
            {
                AssertAccessDenied(await reader.GetAsync(new Uri(url, UriKind.Relative)));
            }

            var details = await GetDocumentAsync(reader, $"/Plans/Details/{caseId}");
            Assert.Null(details.QuerySelector("a[data-action=revise]"));
            AssertAccessDenied(await PostPairsAsync(reader, $"/Plans/Edit/{caseId}", PlanForm(workerId, Today, reason: "x"), null, details));
        }

        Assert.Equal(2, (await StoredPlanAsync(caseId)).Revisions.Count);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Plans/Details/999999"));
    }

    [Fact]
    public async Task A_closed_case_keeps_its_plan_readable_but_takes_no_new_revision()
    {
        var (worker, workerId, _, caseId) = await CaseWithWorkerAsync();
        await SavePlanAsync(worker, caseId, PlanForm(workerId, Today.AddDays(-1)));
        var form = await GetDocumentAsync(worker, $"/Plans/Edit/{caseId}");
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            caseFile.Close(Today, "Mērķi sasniegti", "Situācija stabila", null, new Actor(workerId, "Tests"), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var fields = PlanForm(workerId, Today, reason: "Vēl izmaiņas");
        fields.Add(new("Input.Version", Version(form)));
        var page = await ParseAsync(await PostPairsAsync(worker, $"/Plans/Edit/{caseId}", fields, null, form));

        Assert.NotNull(page.QuerySelector("#not-possible"));
        Assert.Single((await StoredPlanAsync(caseId)).Revisions);
        var details = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}");
        Assert.Null(details.QuerySelector("a[data-action=revise]"));
    }
}
