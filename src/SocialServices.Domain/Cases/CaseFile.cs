namespace SocialServices.Domain.Cases;

/// <summary>
/// A client case file (klienta lieta) for one social case: opened, worked on by a responsible
/// social worker and a team, closed with a justified summary, possibly reopened and monitored.
/// Every change leaves an entry in the case's timeline; nothing is deleted.
/// </summary>
public sealed class CaseFile
{
    private readonly List<CaseTeamMember> _team = [];
    private readonly List<CaseAssignment> _assignments = [];
    private readonly List<CaseEvent> _events = [];

    private CaseFile()
    {
        Number = string.Empty;
        Reason = string.Empty;
    }

    public CaseFile(int organisationId, int clientId, string number, DateOnly openedOn, string reason, ReferralSource referralSource, string? responsibleWorkerId, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        OrganisationId = organisationId;
        ClientId = clientId;
        Number = number;
        OpenedOn = openedOn;
        Reason = reason.Trim();
        ReferralSource = referralSource;
        Status = CaseStatus.Open;
        Record(CaseEventKind.Opened, Reason, by, at);
        if (responsibleWorkerId is not null)
        {
            ResponsibleWorkerId = responsibleWorkerId;
            _assignments.Add(new CaseAssignment(responsibleWorkerId, at, null, by.UserId));
        }
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ClientId { get; private set; }
    public string Number { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public string Reason { get; private set; }
    public ReferralSource ReferralSource { get; private set; }
    public CaseStatus Status { get; private set; }
    public string? ResponsibleWorkerId { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosureReason { get; private set; }
    public string? ClosingSummary { get; private set; }

    /// <summary>The date to look at the client's situation again after closing (shown on the worker's board).</summary>
    public DateOnly? MonitoringOn { get; private set; }

    public bool IsArchived { get; private set; }
    public string? ArchiveReason { get; private set; }

    public IReadOnlyList<CaseTeamMember> Team => _team;
    public IReadOnlyList<CaseAssignment> Assignments => _assignments;
    public IReadOnlyList<CaseEvent> Events => _events;

    public bool HasMember(string userId) => ResponsibleWorkerId == userId || _team.Any(t => t.UserId == userId && t.RemovedAt is null);

    public void Close(DateOnly on, string reason, string summary, DateOnly? monitoringOn, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CaseStatus.Open)
        {
            throw new InvalidOperationException("Only an open case can be closed.");
        }

        if (on < OpenedOn)
        {
            throw new ArgumentException("A case cannot close before it opened.", nameof(on));
        }

        if (monitoringOn is { } monitoring && monitoring < on)
        {
            throw new ArgumentException("Monitoring comes after closing.", nameof(monitoringOn));
        }

        Status = CaseStatus.Closed;
        ClosedOn = on;
        ClosureReason = reason.Trim();
        ClosingSummary = summary.Trim();
        MonitoringOn = monitoringOn;
        Record(CaseEventKind.Closed, ClosureReason + ": " + ClosingSummary, by, at);
        if (monitoringOn is not null)
        {
            Record(CaseEventKind.MonitoringSet, monitoringOn.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), by, at);
        }
    }

    public void Reopen(string reason, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CaseStatus.Closed)
        {
            throw new InvalidOperationException("Only a closed case can be reopened.");
        }

        Status = CaseStatus.Open;
        ClosedOn = null;
        ClosureReason = null;
        ClosingSummary = null;
        MonitoringOn = null;
        Record(CaseEventKind.Reopened, reason.Trim(), by, at);
    }

    public void SetMonitoring(DateOnly? on, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CaseStatus.Closed)
        {
            throw new InvalidOperationException("Monitoring is set on a closed case.");
        }

        MonitoringOn = on;
        Record(CaseEventKind.MonitoringSet, on?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-", by, at);
    }

    public void Reassign(string newWorkerId, string reason, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newWorkerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        if (newWorkerId == ResponsibleWorkerId)
        {
            throw new InvalidOperationException("The case is already assigned to this worker.");
        }

        foreach (var current in _assignments.Where(a => a.Until is null))
        {
            current.End(at, reason.Trim());
        }

        _assignments.Add(new CaseAssignment(newWorkerId, at, reason.Trim(), by.UserId));
        ResponsibleWorkerId = newWorkerId;
        Record(CaseEventKind.Reassigned, reason.Trim(), by, at, newWorkerId);
    }

    public void AddTeamMember(string userId, string? role, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(by);
        if (_team.Any(t => t.UserId == userId && t.RemovedAt is null))
        {
            throw new InvalidOperationException("Already a team member.");
        }

        _team.Add(new CaseTeamMember(userId, role, at));
        Record(CaseEventKind.TeamMemberAdded, role ?? string.Empty, by, at, userId);
    }

    public void RemoveTeamMember(string userId, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var member = _team.SingleOrDefault(t => t.UserId == userId && t.RemovedAt is null) ?? throw new InvalidOperationException("Not a team member.");
        member.Remove(at);
        Record(CaseEventKind.TeamMemberRemoved, string.Empty, by, at, userId);
    }

    public void Archive(string reason, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        if (IsArchived)
        {
            throw new InvalidOperationException("The case is already archived.");
        }

        IsArchived = true;
        ArchiveReason = reason.Trim();
        Record(CaseEventKind.Archived, ArchiveReason, by, at);
    }

    public void Restore(Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsArchived)
        {
            throw new InvalidOperationException("The case is not archived.");
        }

        IsArchived = false;
        ArchiveReason = null;
        Record(CaseEventKind.Restored, string.Empty, by, at);
    }

    public void RecordEmergencyAccess(string reason, Actor by, DateTimeOffset at) => Record(CaseEventKind.EmergencyAccess, reason, by, at);

    /// <summary>
    /// Puts an application, decision, service or case-work step (assessment, plan, contact, evaluation, crisis,
    /// connection) into the timeline; <paramref name="text"/> already says what. The case's own changes (open,
    /// close, reassign, team, archive) have their own methods and are refused here.
    /// </summary>
    public void RecordServiceEvent(CaseEventKind kind, string text, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(by);
        if (kind < CaseEventKind.ApplicationRecorded || !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), "Not an application, service or case-work event.");
        }

        Record(kind, text, by, at);
    }

    // Crisis flag (seed 001 "Vēršam uzmanību"): one active crisis at a time, the resolved ones kept as history.
    private readonly List<CrisisFlag> _crises = [];

    public IReadOnlyList<CrisisFlag> Crises => _crises;

    public CrisisFlag? ActiveCrisis => _crises.FirstOrDefault(c => c.IsActive);

    /// <summary>Flags the open case as a crisis: what happened, the immediate actions and who was informed (when).</summary>
    public CrisisFlag FlagCrisis(string description, string actionsTaken, IReadOnlyCollection<CrisisNoticeInput> informed, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Status != CaseStatus.Open || IsArchived)
        {
            throw new InvalidOperationException("Only an open case can be flagged as a crisis.");
        }

        if (ActiveCrisis is not null)
        {
            throw new InvalidOperationException("The case is already flagged as a crisis.");
        }

        var crisis = new CrisisFlag(description, actionsTaken, informed, by, at);
        _crises.Add(crisis);
        Record(CaseEventKind.CrisisFlagged, crisis.Description, by, at);
        return crisis;
    }

    /// <summary>Resolves the active crisis with a note on how; the flag leaves the boards, the record stays.</summary>
    public void ResolveCrisis(string note, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var crisis = ActiveCrisis ?? throw new InvalidOperationException("The case has no active crisis.");
        crisis.Resolve(note, by, at);
        Record(CaseEventKind.CrisisResolved, crisis.ResolutionNote!, by, at);
    }

    private void Record(CaseEventKind kind, string text, Actor by, DateTimeOffset at, string? subjectUserId = null) =>
        _events.Add(new CaseEvent(kind, text, by.UserId, by.Name, at, subjectUserId));
}

/// <summary>Who did something: the user's id and display name (as it was then).</summary>
public sealed record Actor(string UserId, string Name);
