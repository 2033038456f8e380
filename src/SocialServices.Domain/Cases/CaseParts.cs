namespace SocialServices.Domain.Cases;

/// <summary>A specialist or worker who takes part in a case besides the responsible worker.</summary>
public sealed class CaseTeamMember
{
    private CaseTeamMember()
    {
        UserId = string.Empty;
    }

    internal CaseTeamMember(string userId, string? role, DateTimeOffset at)
    {
        UserId = userId;
        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        AddedAt = at;
    }

    public int Id { get; private set; }
    public int CaseFileId { get; private set; }
    public string UserId { get; private set; }
    public string? Role { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }

    internal void Remove(DateTimeOffset at) => RemovedAt = at;
}

/// <summary>One period of a worker's responsibility for a case (case continuity, seed 001).</summary>
public sealed class CaseAssignment
{
    private CaseAssignment()
    {
        WorkerId = string.Empty;
        AssignedById = string.Empty;
    }

    internal CaseAssignment(string workerId, DateTimeOffset from, string? reason, string assignedById)
    {
        WorkerId = workerId;
        From = from;
        Reason = reason;
        AssignedById = assignedById;
    }

    public int Id { get; private set; }
    public int CaseFileId { get; private set; }
    public string WorkerId { get; private set; }
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset? Until { get; private set; }
    public string? Reason { get; private set; }
    public string AssignedById { get; private set; }
    public string? EndReason { get; private set; }

    internal void End(DateTimeOffset at, string reason)
    {
        Until = at;
        EndReason = reason;
    }
}

/// <summary>An entry of the case timeline.</summary>
public sealed class CaseEvent
{
    private CaseEvent()
    {
        Text = string.Empty;
        ActorId = string.Empty;
        ActorName = string.Empty;
    }

    internal CaseEvent(CaseEventKind kind, string text, string actorId, string actorName, DateTimeOffset at, string? subjectUserId)
    {
        Kind = kind;
        Text = text;
        ActorId = actorId;
        ActorName = actorName;
        At = at;
        SubjectUserId = subjectUserId;
    }

    public long Id { get; private set; }
    public int CaseFileId { get; private set; }
    public CaseEventKind Kind { get; private set; }
    public string Text { get; private set; }
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }

    /// <summary>The worker an event is about (new responsible worker, team member), when there is one.</summary>
    public string? SubjectUserId { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>"Break the glass": a worker opened a case outside their scope, with a stated reason.</summary>
public sealed class EmergencyAccess
{
    private EmergencyAccess()
    {
        UserId = string.Empty;
        Reason = string.Empty;
    }

    public EmergencyAccess(string userId, int clientId, int? caseFileId, string reason, DateTimeOffset at, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (until <= at)
        {
            throw new ArgumentException("Access must last some time.", nameof(until));
        }

        UserId = userId;
        ClientId = clientId;
        CaseFileId = caseFileId;
        Reason = reason.Trim();
        GrantedAt = at;
        Until = until;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public int ClientId { get; private set; }
    public int? CaseFileId { get; private set; }
    public string Reason { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset Until { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedById { get; private set; }

    public bool IsActiveAt(DateTimeOffset at) => at < Until;

    public void MarkReviewed(string managerId, DateTimeOffset at)
    {
        ReviewedById = managerId;
        ReviewedAt = at;
    }
}
