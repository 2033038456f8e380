using SocialServices.Domain.Feedback;

namespace SocialServices.Domain.Tests.Feedback;

public sealed class SurveyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Questionnaire Questionnaire() =>
        new(1, "Klientu apmierinātības aptauja", null, 1, "manager", Now);

    private static readonly QuestionDraft[] Drafts =
    [
        new(QuestionKind.Scale, "Cik apmierināts esat?", "ļoti neapmierināts", "ļoti apmierināts"),
        new(QuestionKind.FreeText, "Ko varam uzlabot?", "ignored", "ignored"),
    ];

    [Fact]
    public void Questions_keep_their_order_and_free_text_has_no_scale_labels()
    {
        var questionnaire = Questionnaire();
        questionnaire.ReplaceQuestions(Drafts, inUse: false);

        Assert.Equal([1, 2], questionnaire.Questions.Select(q => q.Position));
        Assert.Equal("ļoti apmierināts", questionnaire.Questions[0].HighLabel);
        Assert.Null(questionnaire.Questions[1].LowLabel);
    }

    [Fact]
    public void A_questionnaire_in_use_keeps_its_questions_and_a_copy_is_the_next_version_open_to_change()
    {
        var questionnaire = Questionnaire();
        questionnaire.ReplaceQuestions(Drafts, inUse: false);

        Assert.Throws<InvalidOperationException>(() => questionnaire.ReplaceQuestions(Drafts, inUse: true));
        var copy = questionnaire.CopyAsVersion(2, "manager", Now);

        Assert.Equal(2, copy.VersionNumber);
        Assert.Equal(questionnaire.Name, copy.Name);
        Assert.Equal(Drafts.Select(d => d.Text), copy.Questions.Select(q => q.Text));
        copy.ReplaceQuestions([Drafts[0]], inUse: false);
        Assert.Single(copy.Questions);
        Assert.Equal(2, questionnaire.Questions.Count);

        questionnaire.Retire(Now);
        Assert.True(questionnaire.IsRetired);
        Assert.Throws<InvalidOperationException>(() => questionnaire.ReplaceQuestions(Drafts, inUse: false));
    }

    [Fact]
    public void The_average_and_the_distribution_of_scale_answers()
    {
        var summary = ScaleSummary.Of([5, 4, 4, 3, 5, 1, 5]);

        Assert.Equal(7, summary.Count);
        Assert.Equal(3.86m, summary.Average); // 27 / 7 = 3.857...
        Assert.Equal([1, 0, 1, 2, 3], summary.Distribution);
    }

    [Fact]
    public void No_answers_have_no_average_and_scores_outside_1_to_5_are_refused()
    {
        var empty = ScaleSummary.Of([]);
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.Average);
        Assert.Equal([0, 0, 0, 0, 0], empty.Distribution);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScaleSummary.Of([6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScaleSummary.Of([0]));
    }

    [Fact]
    public void An_answer_from_the_anonymous_box_names_no_client()
    {
        var questionnaire = Questionnaire();
        questionnaire.ReplaceQuestions(Drafts, inUse: false);

        Assert.Throws<ArgumentException>(() => new SurveyResponse(1, questionnaire, 3, 7, new DateOnly(2026, 11, 1), SurveyMethod.AnonymousBox,
            new Dictionary<int, (int?, string?)>(), "worker", Now));
    }
}
