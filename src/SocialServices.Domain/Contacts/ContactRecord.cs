using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Contacts;

/// <summary>The kind of contact or action recorded (pakalpojuma sniegšanas procesa atspoguļojums, 001).</summary>
public enum ContactKind
{
    HomeVisit = 1,
    Consultation = 2,
    PhoneCall = 3,
    ConversationProtocol = 4,
    GroupSession = 5,
    InstitutionMeeting = 6,
}

/// <summary>How far a plan task got in a contact.</summary>
public enum TaskOutcome
{
    Done = 1,
    Partly = 2,
    NotDone = 3,
}

/// <summary>
/// A record of service delivery: a contact with the client or an action in the case (a visit, a consultation, a
/// call, a meeting with an institution ...), with the plan tasks it worked on and how far each got. Never deleted.
/// </summary>
public sealed class ContactRecord
{
    public const int MaxNotesLength = 20000;
    public const int MaxTextLength = 2000;
    public const int MaxDurationMinutes = 24 * 60;

    private readonly List<ContactTaskOutcome> _tasks = [];

    private ContactRecord()
    {
        Participants = string.Empty;
        RecordedById = string.Empty;
        RecordedByName = string.Empty;
    }

    public ContactRecord(int organisationId, int caseFileId, int clientId, ContactDetails details, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(by);
        if (!Enum.IsDefined(details.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(details), "Unknown kind of contact.");
        }

        if (details.DurationMinutes is < 1 or > MaxDurationMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(details), "A contact lasts between a minute and a day.");
        }

        if (string.IsNullOrWhiteSpace(details.Participants))
        {
            throw new ArgumentException("Say who took part.", nameof(details));
        }

        OrganisationId = organisationId;
        CaseFileId = caseFileId;
        ClientId = clientId;
        OccurredAt = details.OccurredAt;
        DurationMinutes = details.DurationMinutes;
        Kind = details.Kind;
        Participants = Limit(details.Participants, MaxTextLength)!;
        Notes = Limit(details.Notes, MaxNotesLength);
        NextStep = Limit(details.NextStep, MaxTextLength);
        PlanId = details.PlanId;
        PlanRevisionNumber = details.PlanRevisionNumber;
        foreach (var task in details.Tasks ?? [])
        {
            if (!Enum.IsDefined(task.Outcome))
            {
                throw new ArgumentOutOfRangeException(nameof(details), "Unknown task outcome.");
            }

            if (_tasks.Any(t => t.TaskKey == task.TaskKey))
            {
                throw new ArgumentException("A task is listed twice.", nameof(details));
            }

            _tasks.Add(new ContactTaskOutcome(task.TaskKey, task.Outcome, Limit(task.TaskText, MaxTextLength) ?? string.Empty));
        }

        if (_tasks.Count > 0 && PlanId is null)
        {
            throw new ArgumentException("Tasks come from a plan.", nameof(details));
        }

        RecordedById = by.UserId;
        RecordedByName = by.Name;
        RecordedAt = at;
    }

    public long Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CaseFileId { get; private set; }
    public int ClientId { get; private set; }

    /// <summary>When the contact took place (began).</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public int DurationMinutes { get; private set; }
    public ContactKind Kind { get; private set; }

    /// <summary>Who took part (free text: the client, family members, institutions, staff).</summary>
    public string Participants { get; private set; }

    public string? Notes { get; private set; }
    public string? NextStep { get; private set; }

    /// <summary>The plan whose tasks were worked on, and its revision then in force; null when no task is linked.</summary>
    public int? PlanId { get; private set; }

    public int? PlanRevisionNumber { get; private set; }

    public string RecordedById { get; private set; }
    public string RecordedByName { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<ContactTaskOutcome> Tasks => _tasks;

    private static string? Limit(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : throw new ArgumentException("Too long.", nameof(text));
    }
}

/// <summary>What a contact form posts (besides the case).</summary>
public sealed record ContactDetails
{
    public required DateTimeOffset OccurredAt { get; init; }
    public required int DurationMinutes { get; init; }
    public required ContactKind Kind { get; init; }
    public required string Participants { get; init; }
    public string? Notes { get; init; }
    public string? NextStep { get; init; }
    public int? PlanId { get; init; }
    public int? PlanRevisionNumber { get; init; }
    public IReadOnlyList<TaskOutcomeInput> Tasks { get; init; } = [];
}

/// <summary>A plan task (by its stable key) worked on in a contact; <paramref name="TaskText"/> is the measure as it read then.</summary>
public sealed record TaskOutcomeInput(Guid TaskKey, TaskOutcome Outcome, string TaskText);

/// <summary>A plan task worked on in a contact and how far it got.</summary>
public sealed class ContactTaskOutcome
{
    private ContactTaskOutcome()
    {
        TaskText = string.Empty;
    }

    internal ContactTaskOutcome(Guid taskKey, TaskOutcome outcome, string taskText)
    {
        TaskKey = taskKey;
        Outcome = outcome;
        TaskText = taskText;
    }

    public long Id { get; private set; }
    public long ContactRecordId { get; private set; }

    /// <summary>The task's stable key (<c>PlanTask.Key</c>).</summary>
    public Guid TaskKey { get; private set; }

    public TaskOutcome Outcome { get; private set; }

    /// <summary>The task's measure when the contact was recorded (the plan may be revised later).</summary>
    public string TaskText { get; private set; }
}
