using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Plans;

/// <summary>One saved state of a plan. Its content never changes after it is saved; only agreements are added to it.</summary>
public sealed class PlanRevision
{
    private readonly List<PlanGoal> _goals = [];
    private readonly List<PlanAgreement> _agreements = [];
    private List<string> _problems = [];
    private List<string> _services = [];
    private List<string> _institutions = [];
    private List<string> _meetings = [];

    private PlanRevision()
    {
        AuthorId = string.Empty;
        AuthorName = string.Empty;
    }

    internal PlanRevision(int number, PlanContent content, string? reason, ReviewIntervals intervals, Actor by, DateTimeOffset at)
    {
        if (number > 1 && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A revision after the first says why.", nameof(reason));
        }

        if (!Enum.IsDefined(content.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(content), "Unknown plan kind.");
        }

        Number = number;
        Kind = content.Kind;
        ClientLivesAtProvider = content.ClientLivesAtProvider;
        RevisedOn = content.RevisedOn;
        ReviewOn = PlanReview.Resolve(content.RevisedOn, content.ClientLivesAtProvider, content.ReviewOn, intervals);
        Reason = CasePlan.Optional(reason, nameof(reason), CasePlan.MaxTextLength);
        AuthorId = by.UserId;
        AuthorName = by.Name;
        CreatedAt = at;
        _problems = CasePlan.Items(content.Problems, nameof(content.Problems));
        _services = CasePlan.Items(content.Services, nameof(content.Services));
        _institutions = CasePlan.Items(content.Institutions, nameof(content.Institutions));
        _meetings = CasePlan.Items(content.Meetings, nameof(content.Meetings));
        var goalKeys = new HashSet<Guid>();
        var taskKeys = new HashSet<Guid>();
        var position = 0;
        foreach (var goal in content.Goals ?? [])
        {
            var made = new PlanGoal(goal, ++position);
            if (!goalKeys.Add(made.Key) || made.Tasks.Any(t => !taskKeys.Add(t.Key)))
            {
                throw new ArgumentException("A goal or task appears twice.", nameof(content));
            }

            _goals.Add(made);
        }
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>1, 2, 3, ... per plan.</summary>
    public int Number { get; private set; }

    public PlanKind Kind { get; private set; }
    public bool ClientLivesAtProvider { get; private set; }
    public DateOnly RevisedOn { get; private set; }
    public DateOnly ReviewOn { get; private set; }

    /// <summary>Why the plan was revised; null for the first revision.</summary>
    public string? Reason { get; private set; }

    public string AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a later revision replaced this one; null for the revision in force.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public IReadOnlyList<string> Problems => _problems;
    public IReadOnlyList<PlanGoal> Goals => _goals;
    public IReadOnlyList<string> Services => _services;
    public IReadOnlyList<string> Institutions => _institutions;
    public IReadOnlyList<string> Meetings => _meetings;

    /// <summary>Every recorded agreement or refusal, oldest first.</summary>
    public IReadOnlyList<PlanAgreement> Agreements => _agreements;

    /// <summary>The latest recorded agreement or refusal; null while none is recorded.</summary>
    public PlanAgreement? Agreement => _agreements.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).LastOrDefault();

    public bool IsCurrent => SupersededAt is null;

    public IEnumerable<PlanTask> Tasks => _goals.SelectMany(g => g.Tasks);

    /// <summary>The revision as content, to start the next revision from.</summary>
    public PlanContent ToContent() => new()
    {
        Kind = Kind,
        ClientLivesAtProvider = ClientLivesAtProvider,
        RevisedOn = RevisedOn,
        ReviewOn = ReviewOn,
        Problems = [.. _problems],
        Goals = [.. _goals.OrderBy(g => g.Position).Select(g => new GoalInput(g.Key, g.Text, [.. g.Tasks.OrderBy(t => t.Position).Select(t => new TaskInput(t.Key, t.Measure, t.Deadline, t.ExpectedResult, t.ResponsibleKind, t.ResponsibleName, t.ResponsibleUserId))]))],
        Services = [.. _services],
        Institutions = [.. _institutions],
        Meetings = [.. _meetings],
    };

    internal void Supersede(DateTimeOffset at) => SupersededAt = at;

    internal PlanAgreement AddAgreement(DateOnly on, AgreementMethod method, string? comments, Actor by, DateTimeOffset at)
    {
        if (on < RevisedOn)
        {
            throw new ArgumentException("The client agrees to a plan after it is made.", nameof(on));
        }

        var agreement = new PlanAgreement(on, method, comments, by, at);
        _agreements.Add(agreement);
        return agreement;
    }
}

/// <summary>A goal of a revision. <see cref="Key"/> is the same goal in every revision.</summary>
public sealed class PlanGoal
{
    private readonly List<PlanTask> _tasks = [];

    private PlanGoal()
    {
        Text = string.Empty;
    }

    internal PlanGoal(GoalInput input, int position)
    {
        ArgumentNullException.ThrowIfNull(input);
        Key = input.Key ?? Guid.CreateVersion7();
        Position = position;
        Text = CasePlan.Required(input.Text, nameof(input.Text), CasePlan.MaxTextLength);
        var taskPosition = 0;
        foreach (var task in input.Tasks ?? [])
        {
            _tasks.Add(new PlanTask(task, ++taskPosition));
        }
    }

    public int Id { get; private set; }
    public int RevisionId { get; private set; }

    /// <summary>Stable across revisions: evaluations and comparisons refer to a goal by it.</summary>
    public Guid Key { get; private set; }

    /// <summary>1, 2, 3, ... in the revision.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; }
    public IReadOnlyList<PlanTask> Tasks => _tasks;
}

/// <summary>A task of a goal. <see cref="Key"/> is the same task in every revision; delivery records refer to it.</summary>
public sealed class PlanTask
{
    private PlanTask()
    {
        Measure = string.Empty;
        ExpectedResult = string.Empty;
        ResponsibleName = string.Empty;
    }

    internal PlanTask(TaskInput input, int position)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.IsDefined(input.ResponsibleKind))
        {
            throw new ArgumentOutOfRangeException(nameof(input), "Unknown kind of responsible person.");
        }

        if (input.ResponsibleKind == ResponsibleKind.Worker && string.IsNullOrWhiteSpace(input.ResponsibleUserId))
        {
            throw new ArgumentException("A worker responsible for a task is a user.", nameof(input));
        }

        Key = input.Key ?? Guid.CreateVersion7();
        Position = position;
        Measure = CasePlan.Required(input.Measure, nameof(input.Measure), CasePlan.MaxTextLength);
        Deadline = input.Deadline;
        ExpectedResult = CasePlan.Required(input.ExpectedResult, nameof(input.ExpectedResult), CasePlan.MaxTextLength);
        ResponsibleKind = input.ResponsibleKind;
        ResponsibleName = CasePlan.Required(input.ResponsibleName, nameof(input.ResponsibleName), CasePlan.MaxShortTextLength);
        ResponsibleUserId = input.ResponsibleKind == ResponsibleKind.Worker ? input.ResponsibleUserId : null;
    }

    public int Id { get; private set; }
    public int GoalId { get; private set; }

    /// <summary>Stable across revisions.</summary>
    public Guid Key { get; private set; }

    /// <summary>1, 2, 3, ... in the goal.</summary>
    public int Position { get; private set; }

    /// <summary>What is done (pasākums).</summary>
    public string Measure { get; private set; }

    public DateOnly Deadline { get; private set; }
    public string ExpectedResult { get; private set; }
    public ResponsibleKind ResponsibleKind { get; private set; }

    /// <summary>The responsible person's or institution's name (for a worker: the user's name when the task was saved).</summary>
    public string ResponsibleName { get; private set; }

    /// <summary>The staff user, when <see cref="ResponsibleKind"/> is <see cref="ResponsibleKind.Worker"/>.</summary>
    public string? ResponsibleUserId { get; private set; }
}

/// <summary>The client's agreement to a revision, or refusal: when, how, and what the client said.</summary>
public sealed class PlanAgreement
{
    private PlanAgreement()
    {
        RecordedById = string.Empty;
        RecordedByName = string.Empty;
    }

    internal PlanAgreement(DateOnly on, AgreementMethod method, string? comments, Actor by, DateTimeOffset at)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method));
        }

        AgreedOn = on;
        Method = method;
        ClientComments = CasePlan.Optional(comments, nameof(comments), CasePlan.MaxTextLength);
        RecordedById = by.UserId;
        RecordedByName = by.Name;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int RevisionId { get; private set; }
    public DateOnly AgreedOn { get; private set; }
    public AgreementMethod Method { get; private set; }
    public string? ClientComments { get; private set; }
    public string RecordedById { get; private set; }
    public string RecordedByName { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsRefused => Method == AgreementMethod.Refused;
}
