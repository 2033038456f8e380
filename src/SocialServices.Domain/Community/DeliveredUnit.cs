namespace SocialServices.Domain.Community;

/// <summary>The unit in which a community-based service is measured and compensated (seed 003).</summary>
public enum ServiceUnit
{
    Hour = 1,
    Day = 2,
    Night = 3,
    Session = 4,
    Month = 5,
}

/// <summary>Where a delivered unit came from; units taken from other records point back to them so they are never counted twice.</summary>
public enum UnitSource
{
    /// <summary>Typed in (a daily list, a monthly entry).</summary>
    Manual = 1,

    /// <summary>A held group session the client attended (<c>AttendanceRecord.Id</c>).</summary>
    Attendance = 2,

    /// <summary>An individual appointment that took place (<c>Appointment.Id</c>).</summary>
    Appointment = 3,

    /// <summary>A support person's meeting with the client.</summary>
    SupportMeeting = 4,
}

/// <summary>
/// Units of a service delivered to a client on one day (or, for monthly units, in the month starting on <see cref="On"/>),
/// within a service episode. Corrections withdraw an entry with a reason and add a new one; nothing is deleted.
/// </summary>
public sealed class DeliveredUnit
{
    public const int MaxNoteLength = 1000;

    private DeliveredUnit()
    {
        RecordedById = string.Empty;
    }

    public DeliveredUnit(int episodeId, int clientId, int serviceId, DateOnly on, ServiceUnit unit, decimal quantity, UnitSource source, int? sourceId, string recordedById, DateTimeOffset recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedById);
        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), "At least some part of a unit is delivered.");
        }

        if (source != UnitSource.Manual && sourceId is null)
        {
            throw new ArgumentException("Units taken from another record point to it.", nameof(sourceId));
        }

        EpisodeId = episodeId;
        ClientId = clientId;
        ServiceId = serviceId;
        Unit = unit;
        On = unit == ServiceUnit.Month ? new DateOnly(on.Year, on.Month, 1) : on;
        Quantity = quantity;
        Source = source;
        SourceId = source == UnitSource.Manual ? null : sourceId;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }
    public int EpisodeId { get; private set; }
    public int ClientId { get; private set; }
    public int ServiceId { get; private set; }

    /// <summary>The day of delivery; for monthly units the first day of the month.</summary>
    public DateOnly On { get; private set; }

    public ServiceUnit Unit { get; private set; }
    public decimal Quantity { get; private set; }
    public UnitSource Source { get; private set; }
    public int? SourceId { get; private set; }
    public string? Note { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnById { get; private set; }
    public string? WithdrawReason { get; private set; }
    public bool IsWithdrawn => WithdrawnAt is not null;

    public void Describe(string? note) => Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    public void Withdraw(string byId, DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsWithdrawn)
        {
            throw new InvalidOperationException("The entry has already been withdrawn.");
        }

        WithdrawnAt = at;
        WithdrawnById = byId;
        WithdrawReason = reason.Trim();
    }
}
