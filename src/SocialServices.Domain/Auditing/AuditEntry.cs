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

    /// <summary>The client whose data was read or changed, when there is one.</summary>
    public int? ClientId { get; private set; }

    /// <summary>The case file read or changed, when there is one.</summary>
    public int? CaseFileId { get; private set; }

    /// <summary>The reason the user gave (emergency access, archive, export), when there is one.</summary>
    public string? Reason { get; private set; }

    /// <summary>Position in the hash chain; set by the database when the entry is written.</summary>
    public long Sequence { get; private set; }

    /// <summary>The hash of the previous entry (hex); set by the database.</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 (hex) over this entry and <see cref="PreviousHash"/>; set by the database, so a changed row is detectable.</summary>
    public string? Hash { get; private set; }

    public AuditEntry FromAddress(string? ipAddress)
    {
        IpAddress = ipAddress;
        return this;
    }

    public AuditEntry About(int? clientId, int? caseFileId = null, string? reason = null)
    {
        ClientId = clientId;
        CaseFileId = caseFileId;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return this;
    }
}
