using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>Each instrument is started, saved as a draft, completed, and appears in the case's timeline and the audit log.</summary>
public sealed class InstrumentTests(WebFixture fixture) : AssessmentTest(fixture)
{
    [Fact]
    public async Task An_initial_assessment_is_saved_completed_and_shown_with_its_problems()
    {
        var s = await SetUpAsync();
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.InitialSocialSituation, Today.AddDays(-1));

        // Add a problem row: the form comes back with a blank row, nothing typed is lost and nothing is saved yet.
        var added = await EditAsync(s.Worker, id, null, [("Input.Social", "Dzīvo viena, ar kaimiņiem nesatiekas")], rows: "add:problems");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var page = await ParseAsync(added);
        Assert.NotNull(page.QuerySelector("#rows-changed"));
        Assert.Equal("Dzīvo viena, ar kaimiņiem nesatiekas", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#Input_Social")!).Value);
        Assert.NotNull(page.QuerySelector("[name='Input.Problems[0].Definition']"));
        Assert.Null((await StoredAsync(id)).Content.Initial!.Social);

        var saved = await EditAsync(s.Worker, id, "save",
        [
            ("Input.Problems[0].Definition", "Sociālā izolācija"),
            ("Input.Problems[0].Causes", "Darba zaudēšana"),
            ("Input.Problems[0].Significance", "High"),
            ("Input.Physical", "Pārvietojas ar spieķi"),
        ], page: page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"/Assessments/Edit/{id}", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        var draft = await StoredAsync(id);
        Assert.Equal(AssessmentStatus.Draft, draft.Status);
        Assert.Equal("Dzīvo viena, ar kaimiņiem nesatiekas", draft.Content.Initial!.Social);
        Assert.Equal(new IdentifiedProblem("Sociālā izolācija", "Darba zaudēšana", ProblemSignificance.High), Assert.Single(draft.Problems));

        // Completing needs a conclusion: the message is next to the field and the draft stays a draft.
        var refused = await EditAsync(s.Worker, id, "complete", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Lai pabeigtu, uzrakstiet secinājumus.", FieldError(await ParseAsync(refused), "Input.Conclusion"));
        Assert.Equal(AssessmentStatus.Draft, (await StoredAsync(id)).Status);

        var completed = await EditAsync(s.Worker, id, "complete", [("Input.Conclusion", "Vajadzīga aprūpe mājās un dienas centrs")]);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.EndsWith($"/Assessments/Details/{id}", completed.Headers.Location!.ToString(), StringComparison.Ordinal);
        var done = await StoredAsync(id);
        Assert.Equal(AssessmentStatus.Completed, done.Status);
        Assert.Equal(Today, done.CompletedOn);
        Assert.Equal("Tests " + WorkerName, done.CompletedByName);

        var details = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{id}");
        Assert.Equal("Vajadzīga aprūpe mājās un dienas centrs", Text(details.QuerySelector("[data-field='Conclusion']")));
        Assert.Contains("Sociālā izolācija", Text(details.QuerySelector("#problem-table")), StringComparison.Ordinal);
        Assert.Equal("Pabeigts", Text(details.QuerySelector("#assessment-status")));
        Assert.NotNull(details.QuerySelector("[data-action='correct']"));
        Assert.Null(details.QuerySelector("[data-action='edit']"));

        var timeline = (await StoredCaseAsync(s.CaseId)).Events.Where(e => e.Kind is CaseEventKind.AssessmentStarted or CaseEventKind.AssessmentCompleted).OrderBy(e => e.Id).ToList();
        Assert.Equal([CaseEventKind.AssessmentStarted, CaseEventKind.AssessmentCompleted], timeline.Select(e => e.Kind));
        Assert.All(timeline, e => Assert.Equal("Sākotnējais sociālās situācijas novērtējums, " + Today.AddDays(-1).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), e.Text));

        var saves = await AuditAsync(AuditActions.AssessmentSave);
        Assert.Equal(2, saves.Count); // started, draft
        Assert.All(saves, a => Assert.Equal((s.ClientId, s.CaseId), (a.ClientId!.Value, a.CaseFileId!.Value)));
        Assert.Contains($"assessment={id}; kind=InitialSocialSituation; version=1; started", saves[0].Details, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(AuditActions.AssessmentComplete));
        Assert.Contains(await AuditAsync(AuditActions.AssessmentRead), a => a.Details!.Contains("page=details", StringComparison.Ordinal) && a.ClientId == s.ClientId);
    }

    [Fact]
    public async Task A_functional_assessment_is_scored_and_completed_and_the_case_page_lists_it()
    {
        var s = await SetUpAsync();
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.Functional);
        var edit = await GetDocumentAsync(s.Worker, $"/Assessments/Edit/{id}");
        var domains = edit.QuerySelectorAll("#score-table tbody th[scope=row]").Select(Text).ToList();
        Assert.Equal(InstrumentSeed.FunctionalDomains, domains);
        Assert.Equal(6, edit.QuerySelectorAll("select[name='Input.Scores[0].Score'] option").Length); // not scored, 1..5

        var tooFew = await EditAsync(s.Worker, id, "complete", [("Input.Scores[0].Score", "4"), ("Input.Scores[1].Score", "5")], page: edit);
        Assert.Equal(HttpStatusCode.OK, tooFew.StatusCode);
        Assert.Equal("Lai pabeigtu, novērtējiet vismaz trīs jomas.", FieldError(await ParseAsync(tooFew), "Input.Scores"));

        var done = await EditAsync(s.Worker, id, "complete", [("Input.Scores[0].Score", "4"), ("Input.Scores[1].Score", "5"), ("Input.Scores[3].Score", "2"), ("Input.Scores[3].Comment", "Parādi par īri")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var stored = await StoredAsync(id);
        Assert.Equal([4, 5, null, 2, null, null, null, null, null, null], stored.Content.Functional!.Scores.Select(x => x.Score));
        Assert.Equal("Parādi par īri", stored.Content.Functional.Scores[3].Comment);
        Assert.True(stored.IsCompleted);

        var casePage = await GetDocumentAsync(s.Worker, $"/Cases/Details/{s.CaseId}");
        var row = casePage.QuerySelector($"#assessment-list tr[data-assessment='{id}']");
        Assert.NotNull(row);
        Assert.Contains("Funkcionālās novērtēšanas skala", Text(row), StringComparison.Ordinal);
        Assert.Equal("Pabeigts", Text(row!.QuerySelector("[data-col=status]")));
        Assert.NotNull(casePage.QuerySelector("#assessments [data-action='new-assessment']"));
    }

    [Fact]
    public async Task A_basic_needs_assessment_needs_every_need_rated_and_keeps_its_resource_lists()
    {
        var s = await SetUpAsync();
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.BasicNeedsAndResources);

        var withRow = await EditAsync(s.Worker, id, null, [], rows: "add:strengths");
        var page = await ParseAsync(withRow);
        page = await ParseAsync(await EditAsync(s.Worker, id, null, [("Input.Strengths[0]", "Motivēta mainīties")], rows: "add:outer", page: page));
        Assert.Equal("Motivēta mainīties", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Strengths_0")!).Value);
        Assert.NotNull(page.QuerySelector("#Input_OuterResources_0"));

        var needs = Enum.GetValues<BasicNeed>().Select((n, i) => ($"Input.Needs[{i}].Status", n == BasicNeed.Income ? "NotMet" : "Met")).ToList();
        var missing = await EditAsync(s.Worker, id, "complete", [.. needs.Skip(1), ("Input.OuterResources[0]", "Skolas sociālais pedagogs")], page: page);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var refused = await ParseAsync(missing);
        Assert.Equal("Lai pabeigtu, novērtējiet šo vajadzību.", FieldError(refused, "Input.Needs[0].Status"));
        Assert.Equal("Skolas sociālais pedagogs", ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("#Input_OuterResources_0")!).Value);

        var done = await EditAsync(s.Worker, id, "complete", [.. needs, ("Input.Needs[7].Comment", "Tikai bērna pabalsts")], page: refused);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var stored = (await StoredAsync(id)).Content.BasicNeeds!;
        Assert.Equal(NeedStatus.NotMet, stored.Needs.Single(n => n.Need == BasicNeed.Income).Status);
        Assert.Equal("Tikai bērna pabalsts", stored.Needs.Single(n => n.Need == BasicNeed.Income).Comment);
        Assert.Equal(["Motivēta mainīties"], stored.Strengths);
        Assert.Equal(["Skolas sociālais pedagogs"], stored.OuterResources);
        Assert.Empty(stored.Weaknesses);
    }

    [Fact]
    public async Task A_risk_assessment_scores_the_household_and_stores_its_coefficient_level_and_next_date()
    {
        var s = await SetUpAsync();
        await AddHouseholdAsync(s.ClientId);

        var create = await GetDocumentAsync(s.Worker, $"/Assessments/Create/{s.CaseId}");
        Assert.Equal(["Agnese Kalēja (klients)", "Kristaps Kalējs (Laulātais / partneris)", "Toms Kalējs (Bērns)"], create.QuerySelectorAll("#household li").Select(Text));

        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.RiskFactors);
        var edit = await GetDocumentAsync(s.Worker, $"/Assessments/Edit/{id}");
        Assert.Equal(3, edit.QuerySelectorAll("#risk-table thead th").Length - 1);
        Assert.Equal(InstrumentSeed.RiskItems.Count, edit.QuerySelectorAll("#risk-table tbody tr").Length);

        var done = await EditAsync(s.Worker, id, "complete",
        [
            ("Input.Risk[0].Scores[0]", "0"), ("Input.Risk[0].Scores[2]", "2"),
            ("Input.Risk[2].Scores[1]", "3"), ("Input.Risk[4].Scores[2]", "1"),
        ], page: edit);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var stored = await StoredAsync(id);
        Assert.Equal(1.5m, stored.RiskCoefficient);
        Assert.Equal(RiskLevel.Medium, stored.RiskLevel);
        Assert.Equal(new DateOnly(2027, 5, 23), stored.NextDueOn);
        Assert.Equal(["Agnese Kalēja", "Kristaps Kalējs", "Toms Kalējs"], stored.Content.Risk!.Members.Select(m => m.Name));

        var details = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{id}");
        Assert.Equal("1,50", Text(details.QuerySelector("#risk-coefficient")));
        Assert.Equal("vidējs", Text(details.QuerySelector("#risk-level")));
        Assert.Equal("23.05.2027", Text(details.QuerySelector("#risk-next-due")));
        Assert.Equal("1", Text(details.QuerySelector("#risk-high-scores")));
        var completedEvent = (await StoredCaseAsync(s.CaseId)).Events.Single(e => e.Kind == CaseEventKind.AssessmentCompleted);
        Assert.Contains("riska koeficients 1,50 (vidējs), nākamais novērtējums līdz 23.05.2027", completedEvent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_outside_the_scale_and_overlong_texts_get_messages_not_errors()
    {
        var s = await SetUpAsync();
        var functional = await StartAsync(s.Worker, s.CaseId, AssessmentKind.Functional);
        var initial = await StartAsync(s.Worker, s.CaseId, AssessmentKind.InitialSocialSituation);
        var risk = await StartAsync(s.Worker, s.CaseId, AssessmentKind.RiskFactors);

        var badScore = await ParseAsync(await EditAsync(s.Worker, functional, "save", [("Input.Scores[0].Score", "9"), ("Input.Scores[1].Comment", new string('ā', 1001))]));
        Assert.Equal("Vērtējums ir no 1 līdz 5.", FieldError(badScore, "Input.Scores[0].Score"));
        Assert.Equal("Ne vairāk kā 1000 rakstzīmes.", FieldError(badScore, "Input.Scores[1].Comment"));

        var badText = await EditAsync(s.Worker, initial, "save", [("Input.Risks", new string('x', 4001)), ("Input.AssessedOn", Iso(Today.AddDays(1)))]);
        Assert.Equal(HttpStatusCode.OK, badText.StatusCode);
        var page = await ParseAsync(badText);
        Assert.Equal("Ne vairāk kā 4000 rakstzīmes.", FieldError(page, "Input.Risks"));
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(page, "Input.AssessedOn"));
        Assert.Equal(new string('x', 4001), ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#Input_Risks")!).Value);

        var badRisk = await ParseAsync(await EditAsync(s.Worker, risk, "save", [("Input.Risk[0].Scores[0]", "4")]));
        Assert.Equal("Vērtējums ir no 0 līdz 3.", FieldError(badRisk, "Input.Risk[0].Scores[0]"));

        var beforeCase = await PostAsync(s.Worker, $"/Assessments/Create/{s.CaseId}", Fields(("Input.Kind", "Functional"), ("Input.AssessedOn", Iso(Today.AddDays(-30)))));
        Assert.Equal("Novērtējums nevar būt agrāks par lietas atvēršanu.", FieldError(await ParseAsync(beforeCase), "Input.AssessedOn"));
        var noKind = await PostAsync(s.Worker, $"/Assessments/Create/{s.CaseId}", Fields(("Input.Kind", "Spider"), ("Input.AssessedOn", Iso(Today))));
        Assert.Equal("Izvēlieties novērtēšanas instrumentu.", FieldError(await ParseAsync(noKind), "Input.Kind"));

        Assert.All(await WithDbAsync(db => db.Assessments.AsNoTracking().ToListAsync()), a => Assert.Equal(AssessmentStatus.Draft, a.Status));
        Assert.Null((await StoredAsync(functional)).Content.Functional!.Scores[0].Score);
    }

    [Fact]
    public async Task A_draft_saved_by_someone_else_meanwhile_is_a_conflict_that_keeps_the_input()
    {
        var s = await SetUpAsync();
        var manager = await SignedInAsync(Web.Identity.Roles.ServiceManager, "ilze.berzina");
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.InitialSocialSituation);
        var workerPage = await GetDocumentAsync(s.Worker, $"/Assessments/Edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(manager, id, "save", [("Input.Social", "Vadītājas teksts")])).StatusCode);
        var conflict = await EditAsync(s.Worker, id, "save", [("Input.Social", "Darbinieces teksts")], page: workerPage);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await ParseAsync(conflict);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Equal("Darbinieces teksts", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#Input_Social")!).Value);
        Assert.Equal("Vadītājas teksts", (await StoredAsync(id)).Content.Initial!.Social);

        // Saving again from the conflict page is deliberate and goes through.
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(s.Worker, id, "save", [], page: page)).StatusCode);
        Assert.Equal("Darbinieces teksts", (await StoredAsync(id)).Content.Initial!.Social);
    }
}
