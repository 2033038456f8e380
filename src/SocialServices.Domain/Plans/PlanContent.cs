namespace SocialServices.Domain.Plans;

/// <summary>
/// What a worker saves as one revision of a plan. Goals and tasks carry the stable key of the goal or task they
/// continue from the previous revision; a null key starts a new goal or task.
/// </summary>
public sealed record PlanContent
{
    public required PlanKind Kind { get; init; }

    /// <summary>The client lives at the provider: the plan is reviewed more often (domain.md, rules).</summary>
    public bool ClientLivesAtProvider { get; init; }

    /// <summary>The day this revision is made (a Latvian day).</summary>
    public required DateOnly RevisedOn { get; init; }

    /// <summary>The next review the worker wants; null = the latest allowed (<see cref="PlanReview.Latest"/>).</summary>
    public DateOnly? ReviewOn { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyList<GoalInput> Goals { get; init; } = [];
    public IReadOnlyList<string> Services { get; init; } = [];
    public IReadOnlyList<string> Institutions { get; init; } = [];
    public IReadOnlyList<string> Meetings { get; init; } = [];
}

/// <summary>A goal as entered; <paramref name="Key"/> null for a new goal.</summary>
public sealed record GoalInput(Guid? Key, string Text, IReadOnlyList<TaskInput> Tasks);

/// <summary>A task as entered; <paramref name="Key"/> null for a new task.</summary>
public sealed record TaskInput(
    Guid? Key,
    string Measure,
    DateOnly Deadline,
    string ExpectedResult,
    ResponsibleKind ResponsibleKind,
    string ResponsibleName,
    string? ResponsibleUserId = null);
