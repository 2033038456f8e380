using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Applications;

/// <summary>
/// A document received with an application (iesniegums, izziņa, bāriņtiesas lēmums...), optionally with its scanned
/// file. The file's bytes are stored apart (see <see cref="StoredFileId"/>); this is what the application knows of it.
/// </summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
        Name = string.Empty;
        RecordedById = string.Empty;
    }

    internal ApplicationDocument(string name, DateOnly receivedOn, StoredFileInfo? file, string recordedById, DateTimeOffset at)
    {
        Name = name;
        ReceivedOn = receivedOn;
        StoredFileId = file?.Id;
        FileName = file?.FileName;
        ContentType = file?.ContentType;
        SizeBytes = file?.SizeBytes;
        RecordedById = recordedById;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string Name { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public Guid? StoredFileId { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    public long? SizeBytes { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>What an application document keeps about an uploaded file (the file itself is stored apart, by id).</summary>
public sealed record StoredFileInfo(Guid Id, string FileName, string ContentType, long SizeBytes);

/// <summary>A recorded extension of the decision deadline, with the day the applicant was told.</summary>
public sealed class ApplicationExtension
{
    private ApplicationExtension()
    {
        Reason = string.Empty;
        RecordedById = string.Empty;
    }

    internal ApplicationExtension(DateOnly previousDeadline, DateOnly newDeadline, string reason, DateOnly applicantInformedOn, NotificationChannel informedBy, string recordedById, DateTimeOffset at)
    {
        PreviousDeadline = previousDeadline;
        NewDeadline = newDeadline;
        Reason = reason;
        ApplicantInformedOn = applicantInformedOn;
        InformedBy = informedBy;
        RecordedById = recordedById;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public DateOnly PreviousDeadline { get; private set; }
    public DateOnly NewDeadline { get; private set; }
    public string Reason { get; private set; }
    public DateOnly ApplicantInformedOn { get; private set; }
    public NotificationChannel InformedBy { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// A decision on an application. Immutable once taken: only how the applicant was notified can be added (once),
/// and a later <see cref="DecisionKind.Revoke"/> decision can take it out of force.
/// </summary>
public sealed class ApplicationDecision
{
    private ApplicationDecision()
    {
        Number = string.Empty;
        LegalBasis = string.Empty;
        DeciderId = string.Empty;
        DeciderName = string.Empty;
    }

    internal ApplicationDecision(string number, DecisionKind kind, DateOnly decidedOn, string legalBasis, string? reasons, int? queuePosition, Actor by, DateTimeOffset at)
    {
        Number = number;
        Kind = kind;
        DecidedOn = decidedOn;
        LegalBasis = legalBasis;
        Reasons = reasons;
        QueuePosition = queuePosition;
        DeciderId = by.UserId;
        DeciderName = by.Name;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }

    /// <summary>The application number with a running suffix, e.g. "IES-2026/0007-1".</summary>
    public string Number { get; private set; }

    public DecisionKind Kind { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string LegalBasis { get; private set; }
    public string? Reasons { get; private set; }

    /// <summary>The place in the service's queue when the decision was taken (queue decisions only).</summary>
    public int? QueuePosition { get; private set; }

    public string DeciderId { get; private set; }
    public string DeciderName { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A later revocation took this decision out of force.</summary>
    public bool IsRevoked { get; private set; }
    public DateOnly? NotifiedOn { get; private set; }
    public NotificationChannel? NotifiedBy { get; private set; }

    internal void MarkRevoked() => IsRevoked = true;

    internal void RecordNotification(DateOnly on, NotificationChannel channel)
    {
        if (NotifiedOn is not null)
        {
            throw new InvalidOperationException("The notification has already been recorded.");
        }

        if (on < DecidedOn)
        {
            throw new ArgumentException("The applicant cannot be notified before the decision.", nameof(on));
        }

        NotifiedOn = on;
        NotifiedBy = channel;
    }
}

/// <summary>The contract under which a granted service is provided (002 §10.3).</summary>
public sealed record ServiceContract(string Number, DateOnly SignedOn, string Provider, DateOnly From, DateOnly? To);
