using System.Net;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>A completed assessment is read-only; a correction is a new version with a reason, and the old one stays readable.</summary>
public sealed class VersioningTests(WebFixture fixture) : AssessmentTest(fixture)
{
    private static async Task<int> CompletedFunctionalAsync(Setup s)
    {
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.Functional);
        var done = await EditAsync(s.Worker, id, "complete", [("Input.Scores[0].Score", "4"), ("Input.Scores[1].Score", "3"), ("Input.Scores[2].Score", "2"),
            ("Input.Problems[0].Definition", "Nepietiekama pašaprūpe")], rows: null, page: await ParseAsync(await EditAsync(s.Worker, id, null, [], rows: "add:problems")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return id;
    }

    [Fact]
    public async Task A_completed_assessment_refuses_a_post_and_its_edit_page_only_shows_that_it_is_read_only()
    {
        var s = await SetUpAsync();
        var id = await CompletedFunctionalAsync(s);
        var before = await StoredAsync(id);
        var draftPage = await GetDocumentAsync(s.Worker, $"/Assessments/Edit/{id}");
        Assert.NotNull(draftPage.QuerySelector("#not-possible"));
        Assert.Null(draftPage.QuerySelector("#assessment-form"));

        // A post made with a form opened before completion (or crafted) changes nothing.
        var values = Fields(("Input.Version", "0"), ("Input.AssessedOn", Iso(Today)), ("Input.Scores[0].DomainId", before.Content.Functional!.Scores[0].DomainId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Scores[0].Score", "1"), ("step", "save"));
        var response = await PostPairsAsync(s.Worker, $"/Assessments/Edit/{id}", values, null, draftPage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("#not-possible"));
        var after = await StoredAsync(id);
        Assert.Equal(4, after.Content.Functional!.Scores[0].Score);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(AssessmentStatus.Completed, after.Status);
        Assert.Single(await AuditAsync(AuditActions.AssessmentComplete));
        Assert.Single(await AuditAsync(AuditActions.AssessmentSave)); // started; adding a row saved nothing, completing is its own entry
    }

    [Fact]
    public async Task A_correction_is_a_new_version_with_its_reason_and_the_old_version_stays_readable()
    {
        var s = await SetUpAsync();
        var first = await CompletedFunctionalAsync(s);

        var reasonPage = await GetDocumentAsync(s.Worker, $"/Assessments/Correct/{first}");
        var noReason = await PostPairsAsync(s.Worker, $"/Assessments/Correct/{first}", Fields(("Input.Reason", "  "), ("Input.Version", Version(reasonPage))), null, reasonPage);
        Assert.Equal("Norādiet labojuma iemeslu.", FieldError(await ParseAsync(noReason), "Input.Reason"));

        var correctPage = await GetDocumentAsync(s.Worker, $"/Assessments/Correct/{first}");
        var started = await PostPairsAsync(s.Worker, $"/Assessments/Correct/{first}",
            Fields(("Input.Reason", "Sajaukti mobilitātes un mājsaimniecības vērtējumi"), ("Input.Version", Version(correctPage))), null, correctPage);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var second = int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        var draft = await StoredAsync(second);
        Assert.Equal((2, first, first, AssessmentStatus.Draft), (draft.VersionNumber, draft.PreviousVersionId!.Value, draft.FirstVersionId!.Value, draft.Status));
        Assert.Equal("Sajaukti mobilitātes un mājsaimniecības vērtējumi", draft.CorrectionReason);
        Assert.Equal([4, 3, 2], draft.Content.Functional!.Scores.Take(3).Select(x => x.Score));
        Assert.Equal("Nepietiekama pašaprūpe", Assert.Single(draft.Problems).Definition);
        Assert.False((await StoredAsync(first)).IsSuperseded);

        // While the correction is a draft, the first version cannot be corrected a second time.
        var again = await GetDocumentAsync(s.Worker, $"/Assessments/Correct/{first}");
        Assert.NotNull(again.QuerySelector("#not-possible"));
        var firstPage = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{first}");
        Assert.Null(firstPage.QuerySelector("[data-action='correct']"));
        Assert.NotNull(firstPage.QuerySelector("[data-action='correction-draft']"));

        var done = await EditAsync(s.Worker, second, "complete", [("Input.Scores[1].Score", "2"), ("Input.Scores[2].Score", "3")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var old = await StoredAsync(first);
        var corrected = await StoredAsync(second);
        Assert.True(old.IsSuperseded);
        Assert.Equal([4, 3, 2], old.Content.Functional!.Scores.Take(3).Select(x => x.Score));
        Assert.Equal([4, 2, 3], corrected.Content.Functional!.Scores.Take(3).Select(x => x.Score));

        var oldPage = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{first}");
        Assert.NotNull(oldPage.QuerySelector("#superseded-notice"));
        Assert.Equal("3", Text(oldPage.QuerySelector("#score-table tbody tr:nth-child(2) [data-col=score]")));
        Assert.Equal(["1", "2. versija"], oldPage.QuerySelectorAll("#version-table tbody tr td:first-child").Select(Text));
        var newPage = await GetDocumentAsync(s.Worker, $"/Assessments/Details/{second}");
        Assert.Equal("Sajaukti mobilitātes un mājsaimniecības vērtējumi", Text(newPage.QuerySelector("#assessment-correction-reason")));
        Assert.Equal(["Aizstāts ar jaunāku versiju", "Spēkā esošā"], newPage.QuerySelectorAll("#version-table tbody tr td:nth-child(2)").Select(Text));
        Assert.NotNull(newPage.QuerySelector("[data-action='correct']"));

        // The case page lists the version in force only; the timeline has the correction with its reason.
        var casePage = await GetDocumentAsync(s.Worker, $"/Cases/Details/{s.CaseId}");
        Assert.Equal([second.ToString(System.Globalization.CultureInfo.InvariantCulture)], casePage.QuerySelectorAll("#assessment-list tbody tr").Select(r => r.GetAttribute("data-assessment")!));
        var correctedEvent = (await StoredCaseAsync(s.CaseId)).Events.Single(e => e.Kind == CaseEventKind.AssessmentCorrected);
        Assert.EndsWith("2. versija. Labojuma iemesls: Sajaukti mobilitātes un mājsaimniecības vērtējumi", correctedEvent.Text, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync(AuditActions.AssessmentCorrect));
        Assert.Equal("Sajaukti mobilitātes un mājsaimniecības vērtējumi", audit.Reason);
        Assert.Contains($"corrects={first}", audit.Details, StringComparison.Ordinal);
    }
}
