using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Feedback;

/// <summary>Questionnaires (writing, versions, retiring, printing), typing in responses, and the results per service and year.</summary>
public sealed class SurveyTests(WebFixture fixture) : FeedbackTest(fixture)
{
    private static string S(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_manager_writes_a_questionnaire_whose_questions_are_fixed_once_answered_and_a_copy_is_the_next_version()
    {
        await SetUpOrganisationAsync();
        var services = await ServicesAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");

        var empty = await PostAsync(manager, "/Feedback/Surveys/Edit", Fields(("Input.Name", "Aptauja"), ("Input.Questions[0].Kind", "Scale"), ("Input.Questions[0].Text", " ")));
        Assert.Equal("Anketā jābūt vismaz vienam jautājumam.", FieldError(await ParseAsync(empty), "Input.Questions"));

        var created = await PostAsync(manager, "/Feedback/Surveys/Edit", Fields(
            ("Input.Name", "Klientu apmierinātības aptauja"), ("Input.Introduction", "Aptauja ir anonīma."),
            ("Input.Questions[0].Kind", "Scale"), ("Input.Questions[0].Text", "Cik apmierināts esat kopumā?"), ("Input.Questions[0].LowLabel", "ļoti neapmierināts"), ("Input.Questions[0].HighLabel", "ļoti apmierināts"),
            ("Input.Questions[1].Kind", "Scale"), ("Input.Questions[1].Text", ""),
            ("Input.Questions[2].Kind", "FreeText"), ("Input.Questions[2].Text", "Ko varam uzlabot?")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var questionnaire = await WithDbAsync(db => db.Questionnaires.Include(q => q.Questions).SingleAsync());
        Assert.Equal((1, 2), (questionnaire.VersionNumber, questionnaire.Questions.Count));
        Assert.Equal([QuestionKind.Scale, QuestionKind.FreeText], questionnaire.Questions.OrderBy(q => q.Position).Select(q => q.Kind));

        // A draft can still change; once answered it cannot.
        var edit = await GetDocumentAsync(manager, $"/Feedback/Surveys/Edit/{questionnaire.Id}");
        Assert.Equal("Ko varam uzlabot?", edit.QuerySelector("#Input_Questions_1__Text")!.GetAttribute("value"));
        await ResponseAsync(questionnaire.Id, services["6.1.3"], null, new DateOnly(2026, 11, 2), managerId, [4]);
        var locked = await GetDocumentAsync(manager, $"/Feedback/Surveys/Edit/{questionnaire.Id}");
        Assert.NotNull(locked.QuerySelector("#locked"));
        Assert.Null(locked.QuerySelector("#questionnaire-form"));
        var refused = await PostPairsAsync(manager, $"/Feedback/Surveys/Edit/{questionnaire.Id}",
            Fields(("Input.Version", Version(edit)), ("Input.Name", "Cits"), ("Input.Questions[0].Kind", "Scale"), ("Input.Questions[0].Text", "Jauns jautājums")), null, edit);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(2, await WithDbAsync(db => db.SurveyQuestions.CountAsync(q => q.QuestionnaireId == questionnaire.Id)));

        var list = await GetDocumentAsync(manager, "/Feedback/Surveys");
        Assert.Equal("Lietošanā", list.QuerySelector($"tr[data-questionnaire='{questionnaire.Id}'] [data-col=state]")!.TextContent.Trim());
        Assert.Null(list.QuerySelector($"tr[data-questionnaire='{questionnaire.Id}'] a[data-action=edit]"));
        var copied = await PostPairsAsync(manager, $"/Feedback/Surveys?id={questionnaire.Id}", [], "Copy", list);

        Assert.True(copied.StatusCode == HttpStatusCode.Redirect, await copied.Content.ReadAsStringAsync());
        var copy = await WithDbAsync(db => db.Questionnaires.Include(q => q.Questions).SingleAsync(q => q.Id != questionnaire.Id));
        Assert.Equal(("Klientu apmierinātības aptauja", 2, questionnaire.Id), (copy.Name, copy.VersionNumber, copy.CopiedFromId!.Value));
        Assert.Equal(["Cik apmierināts esat kopumā?", "Ko varam uzlabot?"], copy.Questions.OrderBy(q => q.Position).Select(q => q.Text));
        Assert.Contains($"/Feedback/Surveys/Edit/{copy.Id}", copied.Headers.Location!.ToString(), StringComparison.Ordinal);
        var copyForm = await GetDocumentAsync(manager, $"/Feedback/Surveys/Edit/{copy.Id}");
        var saved = await PostPairsAsync(manager, $"/Feedback/Surveys/Edit/{copy.Id}", Fields(("Input.Version", Version(copyForm)), ("Input.Name", "Klientu apmierinātības aptauja"),
            ("Input.Questions[0].Kind", "Scale"), ("Input.Questions[0].Text", "Cik apmierināts esat ar grupas vadītāju?")), null, copyForm);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Cik apmierināts esat ar grupas vadītāju?"], await WithDbAsync(db => db.SurveyQuestions.Where(q => q.QuestionnaireId == copy.Id).Select(q => q.Text).ToListAsync()));

        var retired = await PostPairsAsync(manager, $"/Feedback/Surveys?id={questionnaire.Id}", [], "Retire", list);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.NotNull((await WithDbAsync(db => db.Questionnaires.SingleAsync(q => q.Id == questionnaire.Id))).RetiredAt);
        Assert.Equal([AuditActions.QuestionnaireSave, AuditActions.QuestionnaireCopy, AuditActions.QuestionnaireSave, AuditActions.QuestionnaireRetire],
            await WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("survey.questionnaire")).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_worker_types_in_a_filled_in_form_for_a_client_in_scope_and_an_anonymous_box_form_names_nobody()
    {
        await SetUpOrganisationAsync();
        var services = await ServicesAsync();
        var (_, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "sandra.ozolina");
        var clientId = await ClientAsync("Dace", "Krūmiņa", workerId);
        var (id, questions) = await QuestionnaireAsync(managerId);
        var url = $"/Feedback/Surveys/Respond/{id}";

        var form = await GetDocumentAsync(worker, url);
        Assert.Equal(3, form.QuerySelectorAll("#answers li[data-question]").Length);
        var anonymousBox = await PostPairsAsync(worker, url, Fields(("Input.ServiceId", S(services["6.1.3"])), ("Input.ClientId", S(clientId)), ("Input.AnsweredOn", "2026-11-20"),
            ("Input.Method", "AnonymousBox"), ("Input.Answers[0].QuestionId", S(questions[0])), ("Input.Answers[0].Score", "4")), null, form);
        Assert.Equal("Anketa no anonīmās kastītes nevar būt piesaistīta klientam.", FieldError(await ParseAsync(anonymousBox), "Input.ClientId"));
        var nothing = await PostPairsAsync(worker, url, Fields(("Input.ServiceId", ""), ("Input.AnsweredOn", "2026-11-20"), ("Input.Method", "Paper")), null, form);
        var nothingPage = await ParseAsync(nothing);
        Assert.Equal("Ievadiet vismaz vienu atbildi.", FieldError(nothingPage, "Input.Answers"));
        Assert.Equal("Izvēlieties pakalpojumu, par kuru ir anketa.", FieldError(nothingPage, "Input.ServiceId"));

        var saved = await PostPairsAsync(worker, url, Fields(("Input.ServiceId", S(services["6.1.3"])), ("Input.ClientId", S(clientId)), ("Input.AnsweredOn", "2026-11-20"),
            ("Input.Method", "Paper"), ("Input.Answers[0].QuestionId", S(questions[0])), ("Input.Answers[0].Score", "5"),
            ("Input.Answers[1].QuestionId", S(questions[1])), ("Input.Answers[1].Score", ""),
            ("Input.Answers[2].QuestionId", S(questions[2])), ("Input.Answers[2].Text", "Vajadzētu bērnu pieskatīšanu.")), null, form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var response = await WithDbAsync(db => db.SurveyResponses.Include(r => r.Answers).SingleAsync());
        Assert.Equal((clientId, services["6.1.3"], new DateOnly(2026, 11, 20), SurveyMethod.Paper, workerId),
            (response.ClientId!.Value, response.ServiceId, response.AnsweredOn, response.Method, response.RecordedById));
        Assert.Equal([(questions[0], (int?)5, (string?)null), (questions[2], null, "Vajadzētu bērnu pieskatīšanu.")],
            response.Answers.OrderBy(a => a.QuestionId).Select(a => (a.QuestionId, a.Score, a.Text)));
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.SurveyResponseRecord));
        Assert.Equal((workerId, clientId), (audit.ActorId, audit.ClientId!.Value));

        var anonymous = await PostPairsAsync(worker, url, Fields(("Input.ServiceId", S(services["6.1.3"])), ("Input.AnsweredOn", "2026-11-20"),
            ("Input.Method", "AnonymousBox"), ("Input.Answers[0].QuestionId", S(questions[0])), ("Input.Answers[0].Score", "2")), null, form);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.ClientId == null)));
    }

    [Fact]
    public async Task Results_per_service_and_year_give_the_count_averages_distribution_and_free_texts_of_a_known_fixture()
    {
        await SetUpOrganisationAsync();
        var services = await ServicesAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (auditor, _) = await UserAsync(Roles.Auditor, "janis.liepins");
        var (_, workerId) = await UserAsync(Roles.SocialWorker, "sandra.ozolina");
        var clientId = await ClientAsync("Dace", "Krūmiņa", workerId);
        var (id, q) = await QuestionnaireAsync(managerId);
        var family = services["6.1.3"];
        var teens = services["6.1.4"];

        // "Esam ģimene" 2026: overall 5, 4, 4, 2 (avg 3.75); timing 3, -, 5, 4 (avg 4.00); two comments.
        var r1 = await ResponseAsync(id, family, clientId, new DateOnly(2026, 2, 3), managerId, [5, 3], (q[2], "Telpā bija auksti."));
        await ResponseAsync(id, family, null, new DateOnly(2026, 5, 6), managerId, [4, null]);
        var r3 = await ResponseAsync(id, family, null, new DateOnly(2026, 9, 9), managerId, [4, 5], (q[2], "Vairāk nodarbību!"));
        await ResponseAsync(id, family, clientId, new DateOnly(2026, 11, 20), managerId, [2, 4]);
        // Another service, and the same service last year: counted apart.
        await ResponseAsync(id, teens, null, new DateOnly(2026, 4, 1), managerId, [3, 3]);
        await ResponseAsync(id, family, null, new DateOnly(2025, 12, 31), managerId, [1, 1]);

        var page = await GetDocumentAsync(auditor, "/Feedback/Surveys/Results?year=2026");

        var section = page.QuerySelector($"section[data-service='{family}']")!;
        Assert.Equal("Atbildes: 4 (no tām anonīmas: 2)", section.QuerySelector("[data-field=responses]")!.TextContent.Trim());
        var overall = section.QuerySelector($"tr[data-question='{q[0]}']")!;
        Assert.Equal(("4", "3,75"), (overall.QuerySelector("[data-col=count]")!.TextContent, overall.QuerySelector("[data-col=average]")!.TextContent));
        Assert.Equal(["0", "1", "0", "2", "1"], Enumerable.Range(1, 5).Select(s => overall.QuerySelector($"[data-col=score-{s}]")!.TextContent));
        var timing = section.QuerySelector($"tr[data-question='{q[1]}']")!;
        Assert.Equal(("3", "4,00"), (timing.QuerySelector("[data-col=count]")!.TextContent, timing.QuerySelector("[data-col=average]")!.TextContent));
        Assert.Equal(["03.02.2026: Telpā bija auksti.", "09.09.2026: Vairāk nodarbību!"],
            section.QuerySelectorAll($"ul[data-question='{q[2]}'] li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Atbildes: 1 (no tām anonīmas: 1)", page.QuerySelector($"section[data-service='{teens}'] [data-field=responses]")!.TextContent.Trim());
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SurveyResultsRead)));

        var only = await GetDocumentAsync(manager, $"/Feedback/Surveys/Results?year=2026&serviceId={teens}");
        Assert.Null(only.QuerySelector($"section[data-service='{family}']"));
        var lastYear = await GetDocumentAsync(manager, "/Feedback/Surveys/Results?year=2025");
        Assert.Equal("1,00", lastYear.QuerySelector($"section[data-service='{family}'] tr[data-question='{q[0]}'] [data-col=average]")!.TextContent);
        _ = (r1, r3);
    }

    [Fact]
    public async Task The_printable_form_lists_the_questions_with_their_scales_and_roles_are_kept()
    {
        await SetUpOrganisationAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (specialist, _) = await UserAsync(Roles.Specialist, "peteris.kalnins");
        var (auditor, _) = await UserAsync(Roles.Auditor, "janis.liepins");
        var admin = await SignedInAsync(Roles.Administrator, "anna.jansone");
        var (id, _) = await QuestionnaireAsync(managerId);

        var print = await GetDocumentAsync(specialist, $"/Feedback/Surveys/Print/{id}");
        Assert.Equal("Klientu apmierinātības aptauja", print.QuerySelector("#survey-form h1")!.TextContent.Trim());
        Assert.Equal(["Scale", "Scale", "FreeText"], print.QuerySelectorAll("#print-questions li").Select(li => li.GetAttribute("data-kind")));
        Assert.Contains("5 — labi", print.QuerySelector("#print-questions li")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(specialist, $"/Feedback/Surveys/Respond/{id}"));
        AssertAccessDenied(await auditor.GetAsync(new Uri($"/Feedback/Surveys/Respond/{id}", UriKind.Relative)));
        AssertAccessDenied(await specialist.GetAsync(new Uri("/Feedback/Surveys/Results", UriKind.Relative)));
        AssertAccessDenied(await specialist.GetAsync(new Uri($"/Feedback/Surveys/Edit/{id}", UriKind.Relative)));
        AssertAccessDenied(await admin.GetAsync(new Uri($"/Feedback/Surveys/Print/{id}", UriKind.Relative)));
        var list = await GetDocumentAsync(specialist, "/Feedback/Surveys");
        Assert.Null(list.QuerySelector("form button[data-action=copy]"));
        var forged = await PostPairsAsync(specialist, $"/Feedback/Surveys?id={id}", [], "Retire", list);
        AssertAccessDenied(forged);
        Assert.Null((await WithDbAsync(db => db.Questionnaires.SingleAsync())).RetiredAt);
        _ = manager;
    }
}
