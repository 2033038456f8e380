using SocialServices.Domain.Cases;
using SocialServices.Domain.Plans;

namespace SocialServices.Domain.Evaluations;

/// <summary>
/// An evaluation (izvērtējums, seed 001 "Novērtēšana") of a case's plan revision in force: for each goal how far it
/// was reached, the changes in the client's situation, the client's cooperation and motivation, the overall result
/// (progress, no change, regress) and the decision it justifies: go on with the plan, revise it, or close the case.
/// A case without a plan is evaluated too (then there are no goals). An evaluation is a record: it never changes.
/// </summary>
public sealed class Evaluation
{
    public const int TextMaxLength = 8000;
    public const int CommentMaxLength = 2000;

    private readonly List<EvaluationGoal> _goals = [];

    private Evaluation()
    {
        SituationChanges = string.Empty;
        Justification = string.Empty;
        RecordedById = string.Empty;
        RecordedByName = string.Empty;
    }

    /// <param name="revision">The plan revision in force (with its goals), or null when the case has no plan.</param>
    public Evaluation(CaseFile caseFile, int? planId, PlanRevision? revision, EvaluationContent content, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(by);
        if (caseFile.Status != CaseStatus.Open || caseFile.IsArchived)
        {
            throw new InvalidOperationException("Only an open case is evaluated.");
        }

        if (revision is not null && (planId is null || revision.PlanId != planId || !revision.IsCurrent))
        {
            throw new ArgumentException("An evaluation is of the plan revision in force.", nameof(revision));
        }

        if (content.EvaluatedOn < caseFile.OpenedOn || (revision is not null && content.EvaluatedOn < revision.RevisedOn))
        {
            throw new ArgumentException("An evaluation is made after the case was opened and the plan revision was made.", nameof(content));
        }

        Require(content.OverallResult);
        Require(content.Decision);
        Require(content.Cooperation);
        Require(content.Motivation);
        var planGoals = revision?.Goals.OrderBy(g => g.Position).ToList() ?? [];
        var results = content.Goals ?? [];
        if (results.Count != planGoals.Count || results.Select(r => r.GoalKey).Distinct().Count() != results.Count
            || planGoals.Any(g => results.All(r => r.GoalKey != g.Key)))
        {
            throw new ArgumentException("Every goal of the plan revision is evaluated, once.", nameof(content));
        }

        OrganisationId = caseFile.OrganisationId;
        CaseFileId = caseFile.Id;
        ClientId = caseFile.ClientId;
        PlanId = revision is null ? null : planId;
        PlanRevisionId = revision?.Id;
        PlanRevisionNumber = revision?.Number;
        EvaluatedOn = content.EvaluatedOn;
        SituationChanges = Text(content.SituationChanges, nameof(content.SituationChanges), TextMaxLength)!;
        Cooperation = content.Cooperation;
        Motivation = content.Motivation;
        CooperationNotes = Text(content.CooperationNotes, nameof(content.CooperationNotes), TextMaxLength, required: false);
        OverallResult = content.OverallResult;
        Decision = content.Decision;
        Justification = Text(content.Justification, nameof(content.Justification), TextMaxLength)!;
        RecordedById = by.UserId;
        RecordedByName = by.Name;
        RecordedAt = at;
        foreach (var goal in planGoals)
        {
            var result = results.Single(r => r.GoalKey == goal.Key);
            Require(result.Achievement);
            var comment = Text(result.Comment, nameof(result.Comment), CommentMaxLength, required: false);
            if (result.Achievement != GoalAchievement.Achieved && comment is null)
            {
                throw new ArgumentException("A goal not (fully) achieved says why.", nameof(content));
            }

            _goals.Add(new EvaluationGoal(goal.Key, goal.Position, goal.Text, result.Achievement, comment));
        }
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CaseFileId { get; private set; }
    public int ClientId { get; private set; }

    /// <summary>The plan and the revision that was in force (null when the case had no plan).</summary>
    public int? PlanId { get; private set; }

    public int? PlanRevisionId { get; private set; }
    public int? PlanRevisionNumber { get; private set; }

    /// <summary>The day of the evaluation (a Latvian day): the annual report counts it in this day's year.</summary>
    public DateOnly EvaluatedOn { get; private set; }

    public string SituationChanges { get; private set; }
    public ClientCooperation Cooperation { get; private set; }
    public ClientMotivation Motivation { get; private set; }
    public string? CooperationNotes { get; private set; }
    public OverallResult OverallResult { get; private set; }
    public EvaluationDecision Decision { get; private set; }

    /// <summary>Why the decision follows from the evaluation (it justifies a revised plan or closing the case).</summary>
    public string Justification { get; private set; }

    public string RecordedById { get; private set; }
    public string RecordedByName { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The goals of the evaluated revision in their order, each with how far it was reached.</summary>
    public IReadOnlyList<EvaluationGoal> Goals => _goals;

    public EvaluationFact AsFact() => new(RecordedAt, Decision);

    private static void Require<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Not a known " + typeof(TEnum).Name + ".");
        }
    }

    private static string? Text(string? text, string name, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? throw new ArgumentException("Required.", name) : null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : throw new ArgumentException("Too long.", name);
    }
}

/// <summary>One goal of the evaluated revision: its text as it was then, and how far it was reached.</summary>
public sealed class EvaluationGoal
{
    private EvaluationGoal()
    {
        GoalText = string.Empty;
    }

    internal EvaluationGoal(Guid goalKey, int position, string goalText, GoalAchievement achievement, string? comment)
    {
        GoalKey = goalKey;
        Position = position;
        GoalText = goalText;
        Achievement = achievement;
        Comment = comment;
    }

    public int Id { get; private set; }
    public int EvaluationId { get; private set; }

    /// <summary>The plan goal's stable key (the same goal in every revision).</summary>
    public Guid GoalKey { get; private set; }

    public int Position { get; private set; }
    public string GoalText { get; private set; }
    public GoalAchievement Achievement { get; private set; }
    public string? Comment { get; private set; }
}

/// <summary>What a worker enters for an evaluation.</summary>
public sealed record EvaluationContent
{
    public required DateOnly EvaluatedOn { get; init; }
    public IReadOnlyList<GoalResult> Goals { get; init; } = [];
    public required string SituationChanges { get; init; }
    public required ClientCooperation Cooperation { get; init; }
    public required ClientMotivation Motivation { get; init; }
    public string? CooperationNotes { get; init; }
    public required OverallResult OverallResult { get; init; }
    public required EvaluationDecision Decision { get; init; }
    public required string Justification { get; init; }
}

/// <summary>How far one goal (by its key) was reached, with a comment (required unless achieved).</summary>
public sealed record GoalResult(Guid GoalKey, GoalAchievement Achievement, string? Comment);
