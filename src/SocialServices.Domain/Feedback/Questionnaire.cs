namespace SocialServices.Domain.Feedback;

public enum QuestionKind
{
    /// <summary>A score from 1 to 5, with words for the two ends.</summary>
    Scale = 1,

    /// <summary>An answer in the client's own words.</summary>
    FreeText = 2,
}

/// <summary>How a filled-in questionnaire was collected.</summary>
public enum SurveyMethod
{
    Paper = 1,
    InPerson = 2,
    AnonymousBox = 3,
    Phone = 4,
}

/// <summary>One question as the manager writes it.</summary>
public sealed record QuestionDraft(QuestionKind Kind, string Text, string? LowLabel, string? HighLabel);

/// <summary>
/// A client satisfaction questionnaire: a name, a version and questions in order (scale 1-5 or free text). Once
/// answers are recorded against it, its questions are fixed (the answers would lose their meaning): a change is a new
/// version made by copying. Questionnaires are retired, never deleted.
/// </summary>
public sealed class Questionnaire
{
    public const int NameMaxLength = 200;
    public const int IntroductionMaxLength = 2000;
    public const int QuestionMaxLength = 500;
    public const int LabelMaxLength = 60;
    public const int MaxQuestions = 40;

    private readonly List<SurveyQuestion> _questions = [];

    private Questionnaire()
    {
        Name = string.Empty;
        CreatedById = string.Empty;
    }

    public Questionnaire(int organisationId, string name, string? introduction, int version, string createdById, DateTimeOffset at, int? copiedFromId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdById);
        OrganisationId = organisationId;
        Rename(name, introduction);
        VersionNumber = version;
        CreatedById = createdById;
        CreatedAt = at;
        CopiedFromId = copiedFromId;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; }

    /// <summary>A few words printed above the questions (what the survey is for, that it is voluntary).</summary>
    public string? Introduction { get; private set; }

    /// <summary>1 for the first questionnaire of a name, then 2, 3 ... for each copy.</summary>
    public int VersionNumber { get; private set; }
    public int? CopiedFromId { get; private set; }
    public string CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }
    public bool IsRetired => RetiredAt is not null;
    public IReadOnlyList<SurveyQuestion> Questions => _questions;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name))]
    public void Rename(string name, string? introduction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = Limit(name, NameMaxLength)!;
        Introduction = Limit(introduction, IntroductionMaxLength);
    }

    /// <summary>Replaces the questions (in the order given) while no answers are recorded against the questionnaire.</summary>
    public void ReplaceQuestions(IEnumerable<QuestionDraft> drafts, bool inUse)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (inUse)
        {
            throw new InvalidOperationException("A questionnaire with answers keeps its questions: make a new version.");
        }

        if (IsRetired)
        {
            throw new InvalidOperationException("A retired questionnaire is not changed.");
        }

        var list = drafts.ToList();
        if (list.Count > MaxQuestions)
        {
            throw new ArgumentOutOfRangeException(nameof(drafts), "Too many questions.");
        }

        _questions.Clear();
        var position = 1;
        foreach (var draft in list)
        {
            _questions.Add(new SurveyQuestion(position++, draft));
        }
    }

    /// <summary>A new version with the same name and a copy of the questions, open to change.</summary>
    public Questionnaire CopyAsVersion(int version, string createdById, DateTimeOffset at)
    {
        var copy = new Questionnaire(OrganisationId, Name, Introduction, version, createdById, at, Id);
        copy.ReplaceQuestions(_questions.OrderBy(q => q.Position).Select(q => new QuestionDraft(q.Kind, q.Text, q.LowLabel, q.HighLabel)), inUse: false);
        return copy;
    }

    public void Retire(DateTimeOffset at) => RetiredAt ??= at;

    internal static string? Limit(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}

public sealed class SurveyQuestion
{
    private SurveyQuestion()
    {
        Text = string.Empty;
    }

    internal SurveyQuestion(int position, QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Text);
        if (!Enum.IsDefined(draft.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(draft), "Unknown question kind.");
        }

        Position = position;
        Kind = draft.Kind;
        Text = Questionnaire.Limit(draft.Text, Questionnaire.QuestionMaxLength)!;
        LowLabel = draft.Kind == QuestionKind.Scale ? Questionnaire.Limit(draft.LowLabel, Questionnaire.LabelMaxLength) : null;
        HighLabel = draft.Kind == QuestionKind.Scale ? Questionnaire.Limit(draft.HighLabel, Questionnaire.LabelMaxLength) : null;
    }

    public int Id { get; private set; }
    public int QuestionnaireId { get; private set; }
    public int Position { get; private set; }
    public QuestionKind Kind { get; private set; }
    public string Text { get; private set; }

    /// <summary>What 1 means (e.g. "ļoti neapmierināts").</summary>
    public string? LowLabel { get; private set; }

    /// <summary>What 5 means (e.g. "ļoti apmierināts").</summary>
    public string? HighLabel { get; private set; }
}

/// <summary>One filled-in questionnaire: about a service, from a client in scope or anonymous.</summary>
public sealed class SurveyResponse
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int AnswerMaxLength = 4000;

    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse()
    {
        RecordedById = string.Empty;
    }

    public SurveyResponse(int organisationId, Questionnaire questionnaire, int serviceId, int? clientId, DateOnly answeredOn, SurveyMethod method,
        IReadOnlyDictionary<int, (int? Score, string? Text)> answers, string recordedById, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedById);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method));
        }

        if (method == SurveyMethod.AnonymousBox && clientId is not null)
        {
            throw new ArgumentException("An answer from the anonymous box names no client.", nameof(clientId));
        }

        OrganisationId = organisationId;
        QuestionnaireId = questionnaire.Id;
        ServiceId = serviceId;
        ClientId = clientId;
        AnsweredOn = answeredOn;
        Method = method;
        foreach (var question in questionnaire.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer))
            {
                continue;
            }

            if (question.Kind == QuestionKind.Scale && answer.Score is { } score)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(score, MinScore, nameof(answers));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(score, MaxScore, nameof(answers));
                _answers.Add(new SurveyAnswer(question.Id, score, null));
            }
            else if (question.Kind == QuestionKind.FreeText && Questionnaire.Limit(answer.Text, AnswerMaxLength) is { } text)
            {
                _answers.Add(new SurveyAnswer(question.Id, null, text));
            }
        }

        if (answers.Keys.Any(k => questionnaire.Questions.All(q => q.Id != k)))
        {
            throw new ArgumentException("An answer to a question of another questionnaire.", nameof(answers));
        }

        RecordedById = recordedById;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int QuestionnaireId { get; private set; }
    public int ServiceId { get; private set; }
    public int? ClientId { get; private set; }
    public DateOnly AnsweredOn { get; private set; }
    public SurveyMethod Method { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<SurveyAnswer> Answers => _answers;
}

public sealed class SurveyAnswer
{
    internal SurveyAnswer(int questionId, int? score, string? text)
    {
        QuestionId = questionId;
        Score = score;
        Text = text;
    }

    public long Id { get; private set; }
    public int ResponseId { get; private set; }
    public int QuestionId { get; private set; }
    public int? Score { get; private set; }
    public string? Text { get; private set; }
}

/// <summary>The answers to one scale question: how many, the average and how many gave each score 1-5.</summary>
public sealed record ScaleSummary(int Count, decimal? Average, IReadOnlyList<int> Distribution)
{
    public static ScaleSummary Of(IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var distribution = new int[SurveyResponse.MaxScore];
        var count = 0;
        var sum = 0;
        foreach (var score in scores)
        {
            if (score is < SurveyResponse.MinScore or > SurveyResponse.MaxScore)
            {
                throw new ArgumentOutOfRangeException(nameof(scores), "Scores are 1 to 5.");
            }

            distribution[score - 1]++;
            count++;
            sum += score;
        }

        return new ScaleSummary(count, count == 0 ? null : Math.Round((decimal)sum / count, 2, MidpointRounding.AwayFromZero), distribution);
    }
}
