using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Evaluations;

/// <summary>Evaluating the plan revision in force, the case page's list, the evaluation page, roles and audit.</summary>
public sealed class EvaluationTests(WebFixture fixture) : CaseWorkTest(fixture)
{
    private static readonly DateOnly Opened = new(2026, 9, 1);

    private static List<KeyValuePair<string, string>> Answers(EvaluationDecision decision = EvaluationDecision.Continue, params (string Key, string Value)[] goals) =>
        Fields([
            ("Input.EvaluatedOn", "2026-11-23"),
            .. goals,
            ("Input.SituationChanges", "Bērns regulāri apmeklē skolu; mājās kārtība uzlabojusies"),
            ("Input.Cooperation", "Active"), ("Input.Motivation", "Moderate"), ("Input.CooperationNotes", "Māte nāk uz visām tikšanās reizēm"),
            ("Input.OverallResult", "Progress"), ("Input.Decision", decision.ToString()),
            ("Input.Justification", "Lielākā daļa mērķu sasniegti, atlikušajiem vajadzīgs laiks"),
        ]);

    private static async Task<HttpResponseMessage> EvaluateAsync(HttpClient client, int caseId, List<KeyValuePair<string, string>> fields)
    {
        var page = await GetDocumentAsync(client, $"/Evaluations/Create/{caseId}");
        var values = new List<KeyValuePair<string, string>>(fields) { new("Input.Version", Version(page)) };
        if (page.QuerySelector("input[name='Input.PlanRevisionId']")?.GetAttribute("value") is { Length: > 0 } revision)
        {
            values.Add(new("Input.PlanRevisionId", revision));
        }

        return await PostPairsAsync(client, $"/Evaluations/Create/{caseId}", values, null, page);
    }

    [Fact]
    public async Task An_evaluation_of_the_plan_records_every_goal_the_timeline_and_the_audit()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001", Opened);
        await PlanAsync(id, new DateOnly(2026, 9, 10), "Bērns regulāri apmeklē skolu", "Mājoklī sakārtota apkure");
        var goals = await GoalsAsync(id);
        var firstTask = await WithDbAsync(async db => (await db.PlanTasks.AsNoTracking().Where(t => t.Measure == "Konsultācijas: Bērns regulāri apmeklē skolu").ToListAsync()).Single());
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == id);
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.CaseFileId == id);
            db.ContactRecords.Add(new ContactRecord(caseFile.OrganisationId, id, clientId, new ContactDetails
            {
                OccurredAt = new DateTimeOffset(2026, 10, 14, 9, 0, 0, TimeSpan.Zero),
                DurationMinutes = 30,
                Kind = ContactKind.Consultation,
                Participants = "Klients",
                Notes = "Skolas apmeklējums pārrunāts",
                PlanId = plan.Id,
                PlanRevisionNumber = 1,
                Tasks = [new TaskOutcomeInput(firstTask.Key, TaskOutcome.Partly, firstTask.Measure)],
            }, new Actor(workerId, "Tests"), Factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        var form = await GetDocumentAsync(worker, $"/Evaluations/Create/{id}");
        Assert.Contains("1. redakcija, 10.09.2026", form.QuerySelector("#goals-heading")!.TextContent, StringComparison.Ordinal);
        var fieldsets = form.QuerySelectorAll("#goals fieldset[data-goal]");
        Assert.Equal(goals.Select(g => g.Key.ToString()), fieldsets.Select(f => f.GetAttribute("data-goal")!));
        Assert.Contains("Bērns regulāri apmeklē skolu", fieldsets[0].QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
        // Each goal lists its tasks with how far the delivery records say they got.
        var taskRow = fieldsets[0].QuerySelector($"tr[data-task='{firstTask.Key}']")!;
        Assert.Contains("Konsultācijas: Bērns regulāri apmeklē skolu", taskRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("Partly", taskRow.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Contains("14.10.2026", taskRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("None", fieldsets[1].QuerySelector("tr[data-task] [data-status]")!.GetAttribute("data-status"));
        Assert.Equal("2026-11-23", form.QuerySelector("#Input_EvaluatedOn")!.GetAttribute("value"));
        Assert.Equal($"evaluation-situation-{id}", form.QuerySelector("#Input_SituationChanges")!.GetAttribute("data-draft-key"));
        Assert.Equal($"evaluation-goal-{goals[0].Key:N}-{id}", fieldsets[0].QuerySelector("textarea")!.GetAttribute("data-draft-key"));

        var response = await EvaluateAsync(worker, id, Answers(EvaluationDecision.Continue,
            ("Input.Goals[0].GoalKey", goals[0].Key.ToString()), ("Input.Goals[0].Achievement", "Achieved"),
            ("Input.Goals[1].GoalKey", goals[1].Key.ToString()), ("Input.Goals[1].Achievement", "PartlyAchieved"), ("Input.Goals[1].Comment", "Katls nomainīts, radiatori vēl ne")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/Details/{id}", response.Headers.Location!.OriginalString);
        var evaluation = await WithDbAsync(db => db.Evaluations.Include(e => e.Goals).SingleAsync());
        Assert.Equal((id, clientId, 1), (evaluation.CaseFileId, evaluation.ClientId, evaluation.PlanRevisionNumber!.Value));
        Assert.Equal(new DateOnly(2026, 11, 23), evaluation.EvaluatedOn);
        Assert.Equal([(goals[0].Key, GoalAchievement.Achieved, (string?)null), (goals[1].Key, GoalAchievement.PartlyAchieved, "Katls nomainīts, radiatori vēl ne")],
            evaluation.Goals.OrderBy(g => g.Position).Select(g => (g.GoalKey, g.Achievement, g.Comment)));
        Assert.Equal((ClientCooperation.Active, ClientMotivation.Moderate, OverallResult.Progress, EvaluationDecision.Continue),
            (evaluation.Cooperation, evaluation.Motivation, evaluation.OverallResult, evaluation.Decision));
        Assert.Equal("Tests ilze.ozola", evaluation.RecordedByName);

        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        var row = page.QuerySelector($"#evaluation-list tr[data-evaluation='{evaluation.Id}']")!;
        Assert.Contains("23.11.2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1. redakcija", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 / 2", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Progress", row.QuerySelector("[data-col=result]")!.TextContent);
        Assert.Equal("Turpināt darbu pēc plāna", row.QuerySelector("[data-col=decision]")!.TextContent);
        var entry = page.QuerySelector("#timeline li[data-kind=EvaluationRecorded]")!;
        Assert.Contains("rezultāts – progress; lēmums – turpināt darbu pēc plāna", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("sasniegti 1, daļēji 1, nav sasniegti 0 no 2 mērķiem", entry.TextContent, StringComparison.Ordinal);

        var details = await GetDocumentAsync(worker, $"/Evaluations/Details/{evaluation.Id}");
        Assert.Equal(["Achieved", "PartlyAchieved"], details.QuerySelectorAll("#goal-results tbody tr").Select(r => r.GetAttribute("data-achievement")!));
        Assert.Equal("Aktīvi sadarbojas", details.QuerySelector("#cooperation")!.TextContent);
        Assert.Equal("Vidēja", details.QuerySelector("#motivation")!.TextContent);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.EvaluationRecord || a.Action == AuditActions.EvaluationRead).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditActions.EvaluationRecord, AuditActions.EvaluationRead], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((workerId, clientId, id), (a.ActorId, a.ClientId!.Value, a.CaseFileId!.Value)));
        Assert.Equal("result=Progress; decision=Continue; revision=1", audit[0].Details);
    }

    [Fact]
    public async Task Deciding_to_revise_the_plan_leads_on_to_the_plan_editor()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        await PlanAsync(id, new DateOnly(2026, 9, 10), "Bērns regulāri apmeklē skolu");
        var goal = Assert.Single(await GoalsAsync(id));

        var response = await EvaluateAsync(worker, id, Answers(EvaluationDecision.RevisePlan,
            ("Input.Goals[0].GoalKey", goal.Key.ToString()), ("Input.Goals[0].Achievement", "NotAchieved"), ("Input.Goals[0].Comment", "Kavējumi turpinās")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Plans/Edit/{id}", response.Headers.Location!.OriginalString);
        var editor = await GetDocumentAsync(worker, response.Headers.Location.OriginalString);
        Assert.Contains("Pārskatiet plānu atbilstoši lēmumam", editor.QuerySelector("[role=status], .alert-success, #status-message")?.TextContent ?? editor.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(EvaluationDecision.RevisePlan, (await WithDbAsync(db => db.Evaluations.SingleAsync())).Decision);
    }

    [Fact]
    public async Task Missing_answers_are_shown_next_to_their_fields_and_the_typed_text_stays()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        await PlanAsync(id, new DateOnly(2026, 9, 10), "Bērns regulāri apmeklē skolu", "Mājoklī sakārtota apkure");
        var goals = await GoalsAsync(id);

        var response = await EvaluateAsync(worker, id, Fields(
            ("Input.EvaluatedOn", "2026-08-31"),
            ("Input.Goals[0].GoalKey", goals[0].Key.ToString()), ("Input.Goals[0].Comment", "Mans komentārs"),
            ("Input.Goals[1].GoalKey", goals[1].Key.ToString()), ("Input.Goals[1].Achievement", "NotAchieved"),
            ("Input.SituationChanges", "Garš apraksts par situāciju"), ("Input.Justification", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Izvērtējuma datums nevar būt pirms lietas atvēršanas vai spēkā esošās plāna redakcijas.", FieldError(page, "Input.EvaluatedOn"));
        Assert.Equal("Norādiet, vai mērķis sasniegts.", FieldError(page, "Input.Goals[0].Achievement"));
        Assert.Equal("Paskaidrojiet, kāpēc mērķis nav pilnībā sasniegts.", FieldError(page, "Input.Goals[1].Comment"));
        Assert.Equal("Novērtējiet klienta sadarbību.", FieldError(page, "Input.Cooperation"));
        Assert.Equal("Izvēlieties lēmumu.", FieldError(page, "Input.Decision"));
        Assert.Equal("Pamatojiet lēmumu.", FieldError(page, "Input.Justification"));
        Assert.Equal("Mans komentārs", page.QuerySelector("#goal-1-comment")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Input_Goals_1__Achievement-NotAchieved[checked]"));
        Assert.Equal("Garš apraksts par situāciju", page.QuerySelector("#Input_SituationChanges")!.TextContent.Trim());
        Assert.Equal(0, await WithDbAsync(db => db.Evaluations.CountAsync()));
    }

    [Fact]
    public async Task A_plan_revised_while_the_form_was_open_shows_the_new_goals_and_keeps_what_was_typed()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        await PlanAsync(id, new DateOnly(2026, 9, 10), "Bērns regulāri apmeklē skolu", "Mājoklī sakārtota apkure");
        var goals = await GoalsAsync(id);
        var form = await GetDocumentAsync(worker, $"/Evaluations/Create/{id}");
        await ReviseAsync(id, new DateOnly(2026, 11, 20), "Bērns regulāri apmeklē skolu", "Māte atrod darbu");

        var response = await PostPairsAsync(worker, $"/Evaluations/Create/{id}", [.. Answers(EvaluationDecision.Continue,
            ("Input.Goals[0].GoalKey", goals[0].Key.ToString()), ("Input.Goals[0].Achievement", "NotAchieved"), ("Input.Goals[0].Comment", "Kavē pirmdienās"),
            ("Input.Goals[1].GoalKey", goals[1].Key.ToString()), ("Input.Goals[1].Achievement", "Achieved")),
            new("Input.Version", Version(form)), new("Input.PlanRevisionId", form.QuerySelector("input[name='Input.PlanRevisionId']")!.GetAttribute("value")!)], null, form);

        var page = await ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#plan-changed"));
        var legends = page.QuerySelectorAll("#goals fieldset[data-goal] > legend").Select(l => l.TextContent).ToList();
        Assert.Equal(2, legends.Count);
        Assert.Contains("Māte atrod darbu", legends[1], StringComparison.Ordinal);
        Assert.Equal("Kavē pirmdienās", page.QuerySelector("#goal-1-comment")!.TextContent);
        Assert.Equal("Bērns regulāri apmeklē skolu; mājās kārtība uzlabojusies", page.QuerySelector("#Input_SituationChanges")!.TextContent.Trim());
        Assert.Equal(0, await WithDbAsync(db => db.Evaluations.CountAsync()));

        // Saved again from that page, it evaluates revision 2.
        var newGoals = await GoalsAsync(id);
        var saved = await PostPairsAsync(worker, $"/Evaluations/Create/{id}", [.. Answers(EvaluationDecision.Continue,
            ("Input.Goals[0].GoalKey", newGoals[0].Key.ToString()), ("Input.Goals[0].Achievement", "NotAchieved"), ("Input.Goals[0].Comment", "Kavē pirmdienās"),
            ("Input.Goals[1].GoalKey", newGoals[1].Key.ToString()), ("Input.Goals[1].Achievement", "Achieved")),
            new("Input.Version", Version(page)), new("Input.PlanRevisionId", page.QuerySelector("input[name='Input.PlanRevisionId']")!.GetAttribute("value")!)], null, page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, (await WithDbAsync(db => db.Evaluations.SingleAsync())).PlanRevisionNumber);
    }

    [Fact]
    public async Task A_case_without_a_plan_is_evaluated_as_a_whole()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);

        var form = await GetDocumentAsync(worker, $"/Evaluations/Create/{id}");
        Assert.NotNull(form.QuerySelector("#no-plan"));
        var response = await EvaluateAsync(worker, id, Answers(EvaluationDecision.Continue));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var evaluation = await WithDbAsync(db => db.Evaluations.Include(e => e.Goals).SingleAsync());
        Assert.Null(evaluation.PlanRevisionId);
        Assert.Empty(evaluation.Goals);
        Assert.Contains("bez plāna", (await GetDocumentAsync(worker, $"/Cases/Details/{id}")).QuerySelector("#evaluation-list tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_editors_in_scope_record_evaluations_readers_read_them_and_outsiders_get_not_found()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditors");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var (other, _) = await UserAsync(Roles.SocialWorker, "cits.darbinieks");
        var (admin, _) = await UserAsync(Roles.Administrator, "admins");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened, specialistId);
        var evaluationId = await EvaluationAsync(id, EvaluationDecision.Continue);

        foreach (var reader in new[] { specialist, auditor })
        {
            AssertAccessDenied(await reader.GetAsync(new Uri($"/Evaluations/Create/{id}", UriKind.Relative)));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader, $"/Evaluations/Details/{evaluationId}"));
            Assert.Null((await GetDocumentAsync(reader, $"/Cases/Details/{id}")).QuerySelector("a[data-action=evaluate]"));
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Evaluations/Create/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Evaluations/Details/{evaluationId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Evaluations/Details/999999"));
        AssertAccessDenied(await admin.GetAsync(new Uri($"/Evaluations/Details/{evaluationId}", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(manager, $"/Evaluations/Create/{id}"));
        Assert.NotNull((await GetDocumentAsync(worker, $"/Cases/Details/{id}")).QuerySelector("a[data-action=evaluate]"));
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.EvaluationRead)));
    }
}
