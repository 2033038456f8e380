namespace SocialServices.Domain.Groups;

/// <summary>Whether a planned session of a group takes place.</summary>
public enum SessionStatus
{
    /// <summary>On the schedule (held once its attendance is recorded).</summary>
    Planned = 1,

    /// <summary>Cancelled with a reason; kept on the schedule, never deleted.</summary>
    Cancelled = 2,
}

/// <summary>
/// One session of a group (nodarbība): generated from the group's schedule pattern or added by hand, movable and
/// cancellable with a reason. The attendance register fills in the actual times and the leaders present.
/// </summary>
public sealed class GroupSession
{
    public const int MaxReasonLength = 1000;

    private GroupSession()
    {
    }

    public GroupSession(int groupId, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, string? room)
    {
        GroupId = groupId;
        SetTime(date, startsAt, endsAt);
        Room = Clean(room);
        Status = SessionStatus.Planned;
    }

    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly StartsAt { get; private set; }
    public TimeOnly EndsAt { get; private set; }
    public string? Room { get; private set; }
    public SessionStatus Status { get; private set; }
    public string? CancelReason { get; private set; }

    /// <summary>When the session really began and ended; set with its attendance (null until then).</summary>
    public TimeOnly? ActualStart { get; private set; }

    public TimeOnly? ActualEnd { get; private set; }

    /// <summary>True once the attendance register has been saved for it.</summary>
    public bool AttendanceRecorded { get; private set; }

    /// <summary>Planned length in minutes.</summary>
    public int PlannedMinutes => (int)(EndsAt - StartsAt).TotalMinutes;

    /// <summary>Actual length in minutes where recorded, else the planned length.</summary>
    public int HeldMinutes => ActualStart is { } s && ActualEnd is { } e ? (int)(e - s).TotalMinutes : PlannedMinutes;

    public void Move(DateOnly date, TimeOnly startsAt, TimeOnly endsAt, string? room)
    {
        if (Status == SessionStatus.Cancelled)
        {
            throw new InvalidOperationException("A cancelled session is not moved.");
        }

        if (AttendanceRecorded)
        {
            throw new InvalidOperationException("A session with recorded attendance took place and is not moved.");
        }

        SetTime(date, startsAt, endsAt);
        Room = Clean(room);
    }

    public void Cancel(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status == SessionStatus.Cancelled)
        {
            throw new InvalidOperationException("The session is already cancelled.");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            throw new ArgumentException("The reason is too long.", nameof(reason));
        }

        if (AttendanceRecorded)
        {
            throw new InvalidOperationException("A session with recorded attendance took place and is not cancelled.");
        }

        Status = SessionStatus.Cancelled;
        CancelReason = reason.Trim();
    }

    /// <summary>Records the actual times of a held session (the attendance register calls this).</summary>
    public void RecordHeld(TimeOnly actualStart, TimeOnly actualEnd)
    {
        if (Status == SessionStatus.Cancelled)
        {
            throw new InvalidOperationException("A cancelled session has no attendance.");
        }

        if (actualEnd <= actualStart)
        {
            throw new ArgumentException("A session ends after it starts.", nameof(actualEnd));
        }

        ActualStart = actualStart;
        ActualEnd = actualEnd;
        AttendanceRecorded = true;
    }

    private void SetTime(DateOnly date, TimeOnly startsAt, TimeOnly endsAt)
    {
        if (endsAt <= startsAt)
        {
            throw new ArgumentException("A session ends after it starts.", nameof(endsAt));
        }

        Date = date;
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A planned leader of a group (a specialist's user account).</summary>
public sealed class GroupLeader
{
    private GroupLeader()
    {
        UserId = string.Empty;
    }

    public GroupLeader(int groupId, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        GroupId = groupId;
        UserId = userId;
    }

    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public string UserId { get; private set; }
}

/// <summary>A leader who was present at a held session (recorded with its attendance; counts in the timesheet).</summary>
public sealed class SessionLeader
{
    private SessionLeader()
    {
        UserId = string.Empty;
    }

    public SessionLeader(int sessionId, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        SessionId = sessionId;
        UserId = userId;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public string UserId { get; private set; }
}
