using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Tests.Assessments;

public sealed class AssessmentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Worker = new("w1", "Sandra Ozoliņa");
    private static readonly Actor Other = new("w2", "Marta Kalniņa");

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static CaseFile Case() => new(1, 10, "2026/0001", D(2026, 3, 1), "Ģimenei nepieciešams atbalsts", ReferralSource.School, Worker.UserId, Worker, At.AddMonths(-8));

    private static AssessmentContent Functional(params int?[] scores) =>
        new(Functional: new FunctionalContent(scores.Select((s, i) => new FunctionalScore(i + 1, "Joma " + (i + 1), s, null)).ToList()));

    private static Assessment StartFunctional(CaseFile caseFile, params int?[] scores) =>
        Assessment.Start(caseFile, AssessmentKind.Functional, D(2026, 11, 20), Functional(scores.Select(_ => (int?)null).ToArray()), Worker, At);

    private static void SetId(Assessment assessment, int id) => typeof(Assessment).GetProperty(nameof(Assessment.Id))!.SetValue(assessment, id);

    private static Assessment Completed(CaseFile caseFile, int id, params int?[] scores)
    {
        var assessment = StartFunctional(caseFile, scores);
        assessment.SaveDraft(D(2026, 11, 20), Functional(scores), [new IdentifiedProblem("Nespēj pats iepirkties", "Kustību traucējumi", ProblemSignificance.High)], caseFile, Worker, At);
        assessment.Complete(caseFile, null, D(2026, 11, 23), RiskThresholds.Default, 6, Worker, At.AddHours(1));
        SetId(assessment, id);
        return assessment;
    }

    [Fact]
    public void Starting_makes_a_first_version_draft_and_puts_it_into_the_timeline()
    {
        var caseFile = Case();

        var assessment = StartFunctional(caseFile, null, null, null);

        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
        Assert.Equal(1, assessment.VersionNumber);
        Assert.Null(assessment.PreviousVersionId);
        Assert.Equal("Sandra Ozoliņa", assessment.AssessorName);
        var started = caseFile.Events[^1];
        Assert.Equal(CaseEventKind.AssessmentStarted, started.Kind);
        Assert.Equal("Funkcionālās novērtēšanas skala („zirneklis”), 20.11.2026", started.Text);
    }

    [Fact]
    public void An_assessment_starts_only_in_an_open_case_with_content_of_its_instrument_and_not_before_the_case()
    {
        var caseFile = Case();

        Assert.Throws<ArgumentException>(() => Assessment.Start(caseFile, AssessmentKind.RiskFactors, D(2026, 11, 20), Functional(null, null, null), Worker, At));
        Assert.Throws<ArgumentException>(() => Assessment.Start(caseFile, AssessmentKind.Functional, D(2026, 2, 28), Functional(null, null, null), Worker, At));
        Assert.Throws<ArgumentException>(() => Assessment.Start(caseFile, AssessmentKind.Functional, D(2026, 11, 20), new AssessmentContent(Initial: InitialSituation.Empty, Functional: Functional(1).Functional), Worker, At));
        caseFile.Close(D(2026, 11, 22), "Mērķi sasniegti", "Kopsavilkums", null, Worker, At);
        Assert.Throws<InvalidOperationException>(() => StartFunctional(caseFile, null, null, null));
    }

    [Fact]
    public void A_draft_is_saved_again_and_again_but_its_fixed_lists_do_not_change()
    {
        var caseFile = Case();
        var assessment = StartFunctional(caseFile, null, null, null);

        assessment.SaveDraft(D(2026, 11, 21), Functional(3, null, 4), [], caseFile, Other, At.AddMinutes(5));
        assessment.SaveDraft(D(2026, 11, 21), Functional(3, 2, 4), [], caseFile, Other, At.AddMinutes(9));

        Assert.Equal([3, 2, 4], assessment.Content.Functional!.Scores.Select(s => s.Score));
        Assert.Equal(D(2026, 11, 21), assessment.AssessedOn);
        Assert.Throws<ArgumentException>(() => assessment.SaveDraft(D(2026, 11, 21), Functional(3, 2, 4, 5), [], caseFile, Worker, At));
        Assert.Throws<ArgumentOutOfRangeException>(() => assessment.SaveDraft(D(2026, 11, 21), Functional(3, 6, 4), [], caseFile, Worker, At));
    }

    [Fact]
    public void Completing_needs_the_instrument_filled_in_and_every_problem_defined()
    {
        var caseFile = Case();
        var assessment = StartFunctional(caseFile, null, null, null, null);
        assessment.SaveDraft(D(2026, 11, 20), Functional(3, null, 4, null), [new IdentifiedProblem(" ", "Cēlonis", null)], caseFile, Worker, At);

        Assert.Equal([CompletionGap.TooFewScores, CompletionGap.ProblemWithoutDefinition], assessment.CompletionGaps());
        Assert.Throws<InvalidOperationException>(() => assessment.Complete(caseFile, null, D(2026, 11, 23), RiskThresholds.Default, 6, Worker, At));

        assessment.SaveDraft(D(2026, 11, 20), Functional(3, 2, 4, null), [new IdentifiedProblem("Vientulība", "Cēlonis", ProblemSignificance.Medium)], caseFile, Worker, At);
        Assert.Empty(assessment.CompletionGaps());
    }

    [Fact]
    public void Each_instrument_has_its_own_completion_rule()
    {
        var caseFile = Case();
        var initial = Assessment.Start(caseFile, AssessmentKind.InitialSocialSituation, D(2026, 11, 20), new AssessmentContent(Initial: InitialSituation.Empty), Worker, At);
        var needs = Assessment.Start(caseFile, AssessmentKind.BasicNeedsAndResources, D(2026, 11, 20), new AssessmentContent(BasicNeeds: BasicNeedsContent.Start()), Worker, At);
        var risk = Assessment.Start(caseFile, AssessmentKind.RiskFactors, D(2026, 11, 20),
            new AssessmentContent(Risk: RiskContent.Start([new RiskMember("Agnese Kalēja", null, null)], [(1, "Atkarības")])), Worker, At);

        Assert.Equal([CompletionGap.FunctioningMissing, CompletionGap.ConclusionMissing], initial.CompletionGaps());
        Assert.Equal([CompletionGap.NeedsNotRated], needs.CompletionGaps());
        Assert.Equal([CompletionGap.NoRiskScores], risk.CompletionGaps());

        initial.SaveDraft(D(2026, 11, 20), new AssessmentContent(Initial: InitialSituation.Empty with { Physical = "Pārvietojas ar spieķi", Conclusion = "Nepieciešama aprūpe mājās" }), [], caseFile, Worker, At);
        Assert.Empty(initial.CompletionGaps());
    }

    [Fact]
    public void A_completed_assessment_is_read_only()
    {
        var caseFile = Case();
        var assessment = Completed(caseFile, 7, 4, 3, 5);

        Assert.True(assessment.IsCompleted);
        Assert.Equal(D(2026, 11, 23), assessment.CompletedOn);
        Assert.Equal(CaseEventKind.AssessmentCompleted, caseFile.Events[^1].Kind);
        Assert.Throws<InvalidOperationException>(() => assessment.SaveDraft(D(2026, 11, 20), Functional(1, 1, 1), [], caseFile, Worker, At));
        Assert.Throws<InvalidOperationException>(() => assessment.Complete(caseFile, null, D(2026, 11, 23), RiskThresholds.Default, 6, Worker, At));
        Assert.Equal([4, 3, 5], assessment.Content.Functional!.Scores.Select(s => s.Score));
    }

    [Fact]
    public void A_correction_is_a_new_draft_version_with_a_link_and_a_reason_and_the_old_one_stays_current_until_it_is_completed()
    {
        var caseFile = Case();
        var first = Completed(caseFile, 7, 4, 3, 5);

        var second = first.Correct(caseFile, "  Sajaukti mobilitātes un finanšu vērtējumi ", Other, At.AddDays(1));

        Assert.Equal(AssessmentStatus.Draft, second.Status);
        Assert.Equal(2, second.VersionNumber);
        Assert.Equal(7, second.PreviousVersionId);
        Assert.Equal(7, second.FirstVersionId);
        Assert.Equal("Sajaukti mobilitātes un finanšu vērtējumi", second.CorrectionReason);
        Assert.Equal(first.Content, second.Content);
        Assert.Equal(first.Problems, second.Problems);
        Assert.Equal("Marta Kalniņa", second.AssessorName);
        Assert.False(first.IsSuperseded);

        second.SaveDraft(second.AssessedOn, Functional(4, 5, 3), second.Problems, caseFile, Other, At.AddDays(1));
        second.Complete(caseFile, first, D(2026, 11, 24), RiskThresholds.Default, 6, Other, At.AddDays(1));

        Assert.True(first.IsSuperseded);
        Assert.Equal([4, 3, 5], first.Content.Functional!.Scores.Select(s => s.Score)); // the old version stays readable as it was
        Assert.Equal([4, 5, 3], second.Content.Functional!.Scores.Select(s => s.Score));
        var corrected = caseFile.Events[^1];
        Assert.Equal(CaseEventKind.AssessmentCorrected, corrected.Kind);
        Assert.Equal("Funkcionālās novērtēšanas skala („zirneklis”), 20.11.2026, 2. versija. Labojuma iemesls: Sajaukti mobilitātes un finanšu vērtējumi", corrected.Text);

        SetId(second, 8);
        var third = second.Correct(caseFile, "Precizēts datums", Worker, At.AddDays(2));
        Assert.Equal(3, third.VersionNumber);
        Assert.Equal(8, third.PreviousVersionId);
        Assert.Equal(7, third.FirstVersionId);
    }

    [Fact]
    public void Only_a_completed_current_version_is_corrected_and_only_with_a_reason()
    {
        var caseFile = Case();
        var draft = StartFunctional(caseFile, null, null, null);
        SetId(draft, 3);
        var first = Completed(caseFile, 7, 4, 3, 5);

        Assert.Throws<InvalidOperationException>(() => draft.Correct(caseFile, "Kļūda", Worker, At));
        Assert.Throws<ArgumentException>(() => first.Correct(caseFile, "  ", Worker, At));

        var second = first.Correct(caseFile, "Kļūda", Worker, At);
        second.Complete(caseFile, first, D(2026, 11, 24), RiskThresholds.Default, 6, Worker, At);
        Assert.Throws<InvalidOperationException>(() => first.Correct(caseFile, "Vēl viena kļūda", Worker, At));
    }

    [Fact]
    public void A_correction_must_supersede_the_version_it_corrects()
    {
        var caseFile = Case();
        var first = Completed(caseFile, 7, 4, 3, 5);
        var other = Completed(caseFile, 9, 1, 1, 1);
        var second = first.Correct(caseFile, "Kļūda", Worker, At);

        Assert.Throws<InvalidOperationException>(() => second.Complete(caseFile, null, D(2026, 11, 24), RiskThresholds.Default, 6, Worker, At));
        Assert.Throws<InvalidOperationException>(() => second.Complete(caseFile, other, D(2026, 11, 24), RiskThresholds.Default, 6, Worker, At));
        Assert.False(other.IsSuperseded);
    }

    [Fact]
    public void An_archived_case_takes_no_changes_of_its_assessments()
    {
        var caseFile = Case();
        var draft = StartFunctional(caseFile, null, null, null);
        var first = Completed(caseFile, 7, 4, 3, 5);
        caseFile.Archive("Dublikāts", Worker, At);

        Assert.Throws<InvalidOperationException>(() => draft.SaveDraft(D(2026, 11, 20), Functional(1, 2, 3), [], caseFile, Worker, At));
        Assert.Throws<InvalidOperationException>(() => first.Correct(caseFile, "Kļūda", Worker, At));
    }

    [Fact]
    public void A_completed_risk_assessment_gets_its_coefficient_level_and_next_due_date()
    {
        var caseFile = Case();
        var members = new[] { new RiskMember("Agnese Kalēja", null, null), new RiskMember("Toms Kalējs", RelationKind.Child, D(2016, 5, 2)) };
        var start = RiskContent.Start(members, [(1, "Atkarības"), (2, "Fizisks apdraudējums"), (3, "Bailes no vecākiem")]);
        var risk = Assessment.Start(caseFile, AssessmentKind.RiskFactors, D(2026, 8, 28), new AssessmentContent(Risk: start), Worker, At);

        risk.SaveDraft(D(2026, 8, 28), new AssessmentContent(Risk: start with
        {
            Rows = [new RiskRow(1, "Atkarības", [3, 1]), new RiskRow(2, "Fizisks apdraudējums", [2, 2]), new RiskRow(3, "Bailes no vecākiem", [null, 1])],
        }), [], caseFile, Worker, At);
        risk.Complete(caseFile, null, D(2026, 8, 31), RiskThresholds.Default, 6, Worker, At);

        Assert.Equal(1.8m, risk.RiskCoefficient);
        Assert.Equal(RiskLevel.Medium, risk.RiskLevel);
        Assert.Equal(D(2027, 2, 28), risk.NextDueOn);
        Assert.Contains("riska koeficients 1,80 (vidējs), nākamais novērtējums līdz 28.02.2027", caseFile.Events[^1].Text, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessment.Start(caseFile, AssessmentKind.RiskFactors, D(2026, 8, 28),
            new AssessmentContent(Risk: start with { Rows = [new RiskRow(1, "Atkarības", [4, 0]), .. start.Rows.Skip(1)] }), Worker, At));
    }

    [Fact]
    public void Administrators_rename_deactivate_and_reorder_instrument_entries()
    {
        var domain = new FunctionalDomain("  Pašaprūpe ", 10);

        domain.Rename("Pašaprūpe un higiēna");
        domain.Deactivate();
        domain.MoveTo(5);

        Assert.Equal("Pašaprūpe un higiēna", domain.Name);
        Assert.False(domain.IsActive);
        Assert.Equal(5, domain.SortOrder);
        domain.Reactivate();
        Assert.True(domain.IsActive);
        Assert.Throws<ArgumentException>(() => domain.Rename(new string('a', FunctionalDomain.NameMaxLength + 1)));
        Assert.Throws<ArgumentException>(() => new RiskItem(" ", 1));
        Assert.Equal(10, InstrumentSeed.CreateDomains().Count);
        Assert.Contains(InstrumentSeed.CreateRiskItems(), i => i.Name.StartsWith("Seksuāla vardarbība", StringComparison.Ordinal));
    }
}
