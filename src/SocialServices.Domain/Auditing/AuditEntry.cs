namespace SocialServices.Domain.Auditing;

/// <summary>
/// One line of the append-only access and change log: who did what to which record, and when.
/// Entries are never changed or removed (the database refuses UPDATE and DELETE on their table).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = string.Empty;
        ActorName = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string? actorId, string actorName, string action, string? entityType, string? entityId, string? details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        At = at;
        ActorId = actorId;
        ActorName = string.IsNullOrWhiteSpace(actorName) ? "system" : actorName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Details = details;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? ActorId { get; private set; }

    /// <summary>The user name of the actor (never a client's name or personal code).</summary>
    public string ActorName { get; private set; }

    /// <summary>A stable action code, e.g. <c>user.create</c>, <c>client.read</c>.</summary>
    public string Action { get; private set; }
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    public string? Details { get; private set; }
    public string? IpAddress { get; private set; }

    public AuditEntry FromAddress(string? ipAddress)
    {
        IpAddress = ipAddress;
        return this;
    }
}
