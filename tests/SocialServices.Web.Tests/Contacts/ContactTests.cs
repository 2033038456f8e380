using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Plans;

namespace SocialServices.Web.Tests.Contacts;

/// <summary>Delivery records: recorded with task outcomes (full page and the case page's short form), task status on the plan, validation, access, audit.</summary>
public sealed class ContactTests(WebFixture fixture) : PlanTestBase(fixture)
{
    // The fake clock: 23.11.2026 09:00 UTC is 11:00 in Riga.
    private async Task<(HttpClient Worker, string WorkerId, int ClientId, int CaseId, Guid Budget, Guid School)> CaseWithPlanAsync()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0007", Today.AddDays(-30));
        var plan = await PlanAsync(caseId, workerId, Today.AddDays(-20), ("Sastādīt budžetu", Today.AddDays(5)), ("Tikšanās skolā", Today.AddDays(10)));
        var tasks = plan.Current.Goals[0].Tasks;
        return (worker, workerId, clientId, caseId, tasks[0].Key, tasks[1].Key);
    }

    private static List<KeyValuePair<string, string>> ContactForm(DateOnly day, string time, string notes, params (int Index, Guid Key, string Outcome)[] tasks) =>
        [
            .. Fields(
                ("Input.Date", Iso(day)),
                ("Input.Time", time),
                ("Input.DurationMinutes", "45"),
                ("Input.Kind", nameof(ContactKind.HomeVisit)),
                ("Input.Participants", "Klients, meita Anna"),
                ("Input.Notes", notes),
                ("Input.NextStep", "Zvanīt pārvaldniekam"),
                ("Input.PlanRevisionNumber", "1")),
            .. tasks.SelectMany(t => Fields(($"Input.Tasks[{t.Index}].Key", t.Key.ToString()), ($"Input.Tasks[{t.Index}].Outcome", t.Outcome))),
        ];

    [Fact]
    public async Task A_contact_is_recorded_with_task_outcomes_and_the_plan_shows_each_task_status()
    {
        var (worker, workerId, clientId, caseId, budget, school) = await CaseWithPlanAsync();
        var url = $"/Contacts/Record/{caseId}";
        var form = await GetDocumentAsync(worker, url);
        Assert.Equal(Iso(Today), form.QuerySelector("input[name='Input.Date']")!.GetAttribute("value"));
        Assert.Equal("11:00", form.QuerySelector("input[name='Input.Time']")!.GetAttribute("value")![..5]);
        Assert.Equal($"contact-note-{caseId}", form.QuerySelector("textarea[name='Input.Notes']")!.GetAttribute("data-draft-key"));
        Assert.Equal(2, form.QuerySelectorAll("select[name$='.Outcome']").Length);

        var note = "Apmeklējums dzīvesvietā. Klients atnesa rēķinus; budžets iesākts, bet nav pabeigts. " + new string('x', 3000);
        var response = await PostPairsAsync(worker, url, ContactForm(Today, "10:15", note, (0, budget, "Partly"), (1, school, "")), null, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Contacts/{caseId}", response.Headers.Location!.ToString());
        var record = await WithDbAsync(db => db.ContactRecords.AsNoTracking().Include(c => c.Tasks).SingleAsync());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero), record.OccurredAt);
        Assert.Equal((45, ContactKind.HomeVisit, "Klients, meita Anna", "Zvanīt pārvaldniekam"), (record.DurationMinutes, record.Kind, record.Participants, record.NextStep));
        Assert.Equal(note, record.Notes);
        var task = Assert.Single(record.Tasks);
        Assert.Equal((budget, TaskOutcome.Partly, "Sastādīt budžetu"), (task.TaskKey, task.Outcome, task.TaskText));
        Assert.Equal(1, record.PlanRevisionNumber);

        var recorded = Assert.Single((await StoredCaseAsync(caseId)).Events, e => e.Kind == CaseEventKind.ContactRecorded);
        Assert.Equal("Mājas vizīte, 45 min · uzdevumi: 1 daļēji izpildīts · nākamais solis: Zvanīt pārvaldniekam", recorded.Text);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ContactRecord));
        Assert.Equal((clientId, caseId, workerId), (audit.ClientId!.Value, audit.CaseFileId!.Value, audit.ActorId));
        Assert.DoesNotContain("rēķinus", audit.Details!, StringComparison.Ordinal);

        var plan = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}");
        Assert.Equal("Partly", plan.QuerySelector($"tr[data-task-key='{budget}'] td[data-status]")!.GetAttribute("data-status"));
        Assert.Equal("None", plan.QuerySelector($"tr[data-task-key='{school}'] td[data-status]")!.GetAttribute("data-status"));

        // A later contact decides; one recorded afterwards about an earlier day does not.
        form = await GetDocumentAsync(worker, url);
        await PostPairsAsync(worker, url, ContactForm(Today, "10:45", "Budžets pabeigts.", (0, budget, "Done")), null, form);
        form = await GetDocumentAsync(worker, url);
        await PostPairsAsync(worker, url, ContactForm(Today.AddDays(-3), "09:00", "Ieraksts par agrāku dienu.", (0, budget, "NotDone")), null, form);
        plan = await GetDocumentAsync(worker, $"/Plans/Details/{caseId}");
        Assert.Equal("Done", plan.QuerySelector($"tr[data-task-key='{budget}'] td[data-status]")!.GetAttribute("data-status"));

        var list = await GetDocumentAsync(worker, $"/Contacts/Index/{caseId}");
        Assert.Equal(3, list.QuerySelectorAll("#contact-records [data-contact]").Length);
        Assert.Contains("Budžets pabeigts.", list.QuerySelector("#contact-records")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ContactRead && a.Details == "records=3").ToListAsync()));
    }

    [Fact]
    public async Task The_case_page_has_a_short_form_that_records_a_contact_and_returns_to_the_case()
    {
        var (worker, _, _, caseId, budget, _) = await CaseWithPlanAsync();

        var casePage = await GetDocumentAsync(worker, $"/Cases/Details/{caseId}");
        var quick = casePage.QuerySelector("#quick-contact-form")!;
        Assert.Equal($"/Contacts/Record/{caseId}", quick.GetAttribute("action"));
        Assert.Equal($"contact-note-{caseId}", quick.QuerySelector("textarea[name='Input.Notes']")!.GetAttribute("data-draft-key"));
        Assert.Equal("case", quick.QuerySelector("input[name='Input.ReturnTo']")!.GetAttribute("value"));
        Assert.NotNull(casePage.QuerySelector("#contacts-none"));
        Assert.NotNull(casePage.QuerySelector("#plan a[data-action=open-plan]"));

        var response = await PostPairsAsync(worker, $"/Contacts/Record/{caseId}",
            [.. ContactForm(Today, "08:30", "Īsa saruna pa telefonu.", (0, budget, "Done")), new("Input.ReturnTo", "case")], null, casePage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/Details/{caseId}#contacts", response.Headers.Location!.ToString());
        casePage = await GetDocumentAsync(worker, $"/Cases/Details/{caseId}");
        Assert.Single(casePage.QuerySelectorAll("#recent-contacts tbody tr"));
        Assert.Contains("2 kopā: 1 izpildīti, 0 daļēji, 0 nav izpildīti, 1 nav uzsākti", casePage.QuerySelector("#plan-tasks-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ContactRecorded", casePage.QuerySelector("#timeline li")!.GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_the_fields_and_the_long_note_is_kept()
    {
        var (worker, _, _, caseId, budget, _) = await CaseWithPlanAsync();
        var url = $"/Contacts/Record/{caseId}";
        var form = await GetDocumentAsync(worker, url);
        var note = "Gara piezīme, kas nedrīkst pazust. " + string.Concat(Enumerable.Repeat("Ģimenes situācija. ", 300));
        var fields = ContactForm(Today.AddDays(1), "10:00", note, (0, budget, "Done"));
        fields.RemoveAll(f => f.Key is "Input.Participants" or "Input.DurationMinutes");
        fields.Add(new("Input.DurationMinutes", "0"));

        var page = await ParseAsync(await PostPairsAsync(worker, url, fields, null, form));

        Assert.Equal("Datums nevar būt nākotnē.", FieldError(page, "Input.Date"));
        Assert.Equal("Norādiet, kas piedalījās.", FieldError(page, "Input.Participants"));
        Assert.Equal("Ilgums ir no 1 līdz 1440 minūtēm.", FieldError(page, "Input.DurationMinutes"));
        Assert.Equal(note, page.QuerySelector("textarea[name='Input.Notes']")!.TextContent);
        Assert.Equal("Done", page.QuerySelector("select[name='Input.Tasks[0].Outcome'] option[selected]")!.GetAttribute("value"));

        fields = ContactForm(Today, "13:00", note);
        page = await ParseAsync(await PostPairsAsync(worker, url, fields, null, form));
        Assert.Equal("Laiks nevar būt nākotnē.", FieldError(page, "Input.Time"));
        Assert.False(await WithDbAsync(db => db.ContactRecords.AnyAsync()));
    }

    [Fact]
    public async Task Tasks_of_a_plan_revised_meanwhile_are_offered_again_and_nothing_is_saved()
    {
        var (worker, workerId, _, caseId, budget, _) = await CaseWithPlanAsync();
        var url = $"/Contacts/Record/{caseId}";
        var form = await GetDocumentAsync(worker, url);
        await WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Revisions).ThenInclude(r => r.Goals).ThenInclude(g => g.Tasks).SingleAsync(p => p.CaseFileId == caseId);
            plan.Revise(plan.Current.ToContent() with { RevisedOn = Today }, "Mainīts", Domain.Plans.ReviewIntervals.Default, new Actor(workerId, "Tests"), AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

        var page = await ParseAsync(await PostPairsAsync(worker, url, ContactForm(Today, "10:00", "Piezīme", (0, budget, "Done")), null, form));

        Assert.NotNull(page.QuerySelector("#plan-changed"));
        Assert.Equal("2", page.QuerySelector("input[name='Input.PlanRevisionNumber']")!.GetAttribute("value"));
        Assert.Equal("Done", page.QuerySelector("select[name='Input.Tasks[0].Outcome'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Piezīme", page.QuerySelector("textarea[name='Input.Notes']")!.TextContent);
        Assert.False(await WithDbAsync(db => db.ContactRecords.AnyAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(worker, url, [.. ContactForm(Today, "10:00", "Piezīme", (0, budget, "Done")).Where(f => f.Key != "Input.PlanRevisionNumber"), new("Input.PlanRevisionNumber", "2")], null, page)).StatusCode);
    }

    [Fact]
    public async Task A_contact_without_a_plan_is_recorded_and_unknown_tasks_are_refused()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var caseId = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0007");
        var url = $"/Contacts/Record/{caseId}";
        var form = await GetDocumentAsync(worker, url);
        Assert.NotNull(form.QuerySelector("[data-no-tasks]"));

        var refused = await ParseAsync(await PostPairsAsync(worker, url, ContactForm(Today, "10:00", "x", (0, Guid.NewGuid(), "Done")), null, form));
        Assert.NotNull(refused.QuerySelector("#plan-changed"));

        var response = await PostPairsAsync(worker, url, ContactForm(Today, "10:00", "Pirmā saruna"), null, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await WithDbAsync(db => db.ContactRecords.AsNoTracking().Include(c => c.Tasks).SingleAsync());
        Assert.Null(record.PlanId);
        Assert.Empty(record.Tasks);
    }

    [Fact]
    public async Task Readers_cannot_record_and_out_of_scope_users_get_not_found()
    {
        var (worker, workerId, _, caseId, budget, _) = await CaseWithPlanAsync();
        await ContactAsync(caseId, workerId, 2, (budget, TaskOutcome.Partly));
        var specialistId = (await CreateUserAsync("psihologe", Roles.Specialist)).Id;
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.Include(c => c.Team).SingleAsync(c => c.Id == caseId);
            caseFile.AddTeamMember(specialistId, "Psihologs", new Actor(workerId, "Tests"), AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });
        var other = await SignedInAsync(Roles.SocialWorker, "cits.darbinieks");
        var auditor = await SignedInAsync(Roles.Auditor);
        var specialist = await SignInAgainAsync("psihologe");

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Contacts/Index/{caseId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Contacts/Record/{caseId}"));
        var casePage = await GetDocumentAsync(worker, $"/Cases/Details/{caseId}");
        var otherPage = await GetDocumentAsync(other, "/");
        Assert.Equal(HttpStatusCode.NotFound, (await PostPairsAsync(other, $"/Contacts/Record/{caseId}", ContactForm(Today, "10:00", "x"), null, otherPage)).StatusCode);
        foreach (var reader in new[] { auditor, specialist })
        {
            var list = await GetDocumentAsync(reader, $"/Contacts/Index/{caseId}");
            Assert.Single(list.QuerySelectorAll("#contact-records [data-contact]"));
            Assert.Null(list.QuerySelector("a[data-action=record-contact]"));
            var readerCase = await GetDocumentAsync(reader, $"/Cases/Details/{caseId}");
            Assert.Null(readerCase.QuerySelector("#quick-contact-form"));
            AssertAccessDenied(await reader.GetAsync(new Uri($"/Contacts/Record/{caseId}", UriKind.Relative)));
            AssertAccessDenied(await PostPairsAsync(reader, $"/Contacts/Record/{caseId}", ContactForm(Today, "10:00", "x"), null, list));
        }

        Assert.NotNull(casePage.QuerySelector("#quick-contact-form"));
        Assert.Equal(1, await WithDbAsync(db => db.ContactRecords.CountAsync()));
    }
}
