namespace SocialServices.Domain.Staff;

/// <summary>
/// A member of staff in the staff register (personāla uzskaite): position, employment, and the proof of
/// qualification, training and supervision that the regulations ask for (000 §2-3). Linked to a user account where the
/// person has one. Nothing is deleted: employment ends, entries are withdrawn with a reason.
/// </summary>
public sealed class StaffMember
{
    public const int MaxNameLength = 100;
    public const int MaxNoteLength = 2000;

    private readonly List<StaffEducation> _education = [];
    private readonly List<StaffCertificate> _certificates = [];
    private readonly List<StaffTraining> _trainings = [];
    private readonly List<StaffSupervision> _supervisions = [];

    private StaffMember()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
    }

    public StaffMember(int organisationId, StaffDetails details)
    {
        OrganisationId = organisationId;
        FirstName = string.Empty;
        LastName = string.Empty;
        Change(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string FullName => FirstName + " " + LastName;

    /// <summary>The person's user account, if they sign in.</summary>
    public string? UserId { get; private set; }

    public int PositionId { get; private set; }
    public DateOnly EmployedFrom { get; private set; }
    public DateOnly? EmployedUntil { get; private set; }

    /// <summary>Works with children: the child-rights protection training is required.</summary>
    public bool WorksWithChildren { get; private set; }

    public string? Note { get; private set; }

    public IReadOnlyList<StaffEducation> Education => _education;
    public IReadOnlyList<StaffCertificate> Certificates => _certificates;
    public IReadOnlyList<StaffTraining> Trainings => _trainings;
    public IReadOnlyList<StaffSupervision> Supervisions => _supervisions;

    /// <summary>Employed on at least one day of the period.</summary>
    public bool EmployedBetween(DateOnly from, DateOnly to) => EmployedFrom <= to && (EmployedUntil is null || EmployedUntil >= from);

    public void Change(StaffDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FirstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.LastName);
        if (details.EmployedUntil is { } until && until < details.EmployedFrom)
        {
            throw new ArgumentException("Employment ends after it starts.", nameof(details));
        }

        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        UserId = string.IsNullOrWhiteSpace(details.UserId) ? null : details.UserId;
        PositionId = details.PositionId;
        EmployedFrom = details.EmployedFrom;
        EmployedUntil = details.EmployedUntil;
        WorksWithChildren = details.WorksWithChildren;
        Note = Text.Clean(details.Note);
    }

    public StaffEducation AddEducation(EducationLevel level, string institution, string qualification, DateOnly? completedOn)
    {
        var entry = new StaffEducation(Id, level, institution, qualification, completedOn);
        _education.Add(entry);
        return entry;
    }

    public StaffCertificate AddCertificate(CertificateKind kind, string title, string? issuer, DateOnly issuedOn, DateOnly? validUntil)
    {
        var entry = new StaffCertificate(Id, kind, title, issuer, issuedOn, validUntil);
        _certificates.Add(entry);
        return entry;
    }

    public StaffTraining AddTraining(DateOnly date, string topic, string? provider, decimal hours)
    {
        var entry = new StaffTraining(Id, date, topic, provider, hours);
        _trainings.Add(entry);
        return entry;
    }

    public StaffSupervision AddSupervision(DateOnly date, string supervisor, SupervisionForm form, decimal hours)
    {
        var entry = new StaffSupervision(Id, date, supervisor, form, hours);
        _supervisions.Add(entry);
        return entry;
    }

    /// <summary>The entry of the given kind and id (withdrawn ones too), or null.</summary>
    public StaffEntry? Entry(StaffEntryKind kind, int entryId) => kind switch
    {
        StaffEntryKind.Education => _education.Find(e => e.Id == entryId),
        StaffEntryKind.Certificate => _certificates.Find(e => e.Id == entryId),
        StaffEntryKind.Training => _trainings.Find(e => e.Id == entryId),
        StaffEntryKind.Supervision => _supervisions.Find(e => e.Id == entryId),
        _ => null,
    };
}

/// <summary>What a staff member's form sets.</summary>
public sealed record StaffDetails(string FirstName, string LastName, string? UserId, int PositionId, DateOnly EmployedFrom, DateOnly? EmployedUntil, bool WorksWithChildren, string? Note);

/// <summary>An entry of a staff member's record: kept for ever, withdrawn (with a reason) when it was wrong.</summary>
public abstract class StaffEntry
{
    public const int MaxTextLength = 300;
    public const int MaxReasonLength = 1000;

    protected StaffEntry(int staffMemberId)
    {
        StaffMemberId = staffMemberId;
    }

    public int Id { get; private set; }
    public int StaffMemberId { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawReason { get; private set; }
    public bool Withdrawn => WithdrawnAt is not null;

    public void Withdraw(string reason, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Withdrawn)
        {
            throw new InvalidOperationException("The entry is already withdrawn.");
        }

        WithdrawnAt = at;
        WithdrawnBy = by;
        WithdrawReason = reason.Trim();
    }

    protected static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Trim();
    }

    protected static decimal PositiveHours(decimal hours, string name)
    {
        if (hours is <= 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(name, "Hours are more than 0 and at most 1000.");
        }

        return hours;
    }
}

/// <summary>Education: level, institution, qualification, when completed.</summary>
public sealed class StaffEducation : StaffEntry
{
    private StaffEducation()
        : base(0)
    {
        Institution = string.Empty;
        Qualification = string.Empty;
    }

    internal StaffEducation(int staffMemberId, EducationLevel level, string institution, string qualification, DateOnly? completedOn)
        : base(staffMemberId)
    {
        Level = Enum.IsDefined(level) ? level : throw new ArgumentOutOfRangeException(nameof(level));
        Institution = Required(institution, nameof(institution));
        Qualification = Required(qualification, nameof(qualification));
        CompletedOn = completedOn;
    }

    public EducationLevel Level { get; private set; }
    public string Institution { get; private set; }
    public string Qualification { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
}

/// <summary>A certificate or special training with a validity (e.g. child-rights protection).</summary>
public sealed class StaffCertificate : StaffEntry
{
    private StaffCertificate()
        : base(0)
    {
        Title = string.Empty;
    }

    internal StaffCertificate(int staffMemberId, CertificateKind kind, string title, string? issuer, DateOnly issuedOn, DateOnly? validUntil)
        : base(staffMemberId)
    {
        if (validUntil is { } until && until < issuedOn)
        {
            throw new ArgumentException("A certificate is valid until a day after it was issued.", nameof(validUntil));
        }

        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind));
        Title = Required(title, nameof(title));
        Issuer = Text.Clean(issuer);
        IssuedOn = issuedOn;
        ValidUntil = validUntil;
    }

    public CertificateKind Kind { get; private set; }
    public string Title { get; private set; }
    public string? Issuer { get; private set; }
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day it is valid; null when it does not expire.</summary>
    public DateOnly? ValidUntil { get; private set; }

    public bool ValidOn(DateOnly day) => !Withdrawn && IssuedOn <= day && (ValidUntil is null || ValidUntil >= day);
}

/// <summary>A training attended: date, topic, provider, hours.</summary>
public sealed class StaffTraining : StaffEntry
{
    private StaffTraining()
        : base(0)
    {
        Topic = string.Empty;
    }

    internal StaffTraining(int staffMemberId, DateOnly date, string topic, string? provider, decimal hours)
        : base(staffMemberId)
    {
        Date = date;
        Topic = Required(topic, nameof(topic));
        Provider = Text.Clean(provider);
        Hours = PositiveHours(hours, nameof(hours));
    }

    public DateOnly Date { get; private set; }
    public string Topic { get; private set; }
    public string? Provider { get; private set; }
    public decimal Hours { get; private set; }
}

/// <summary>A supervision session: date, supervisor, individual or group, hours.</summary>
public sealed class StaffSupervision : StaffEntry
{
    private StaffSupervision()
        : base(0)
    {
        Supervisor = string.Empty;
    }

    internal StaffSupervision(int staffMemberId, DateOnly date, string supervisor, SupervisionForm form, decimal hours)
        : base(staffMemberId)
    {
        Date = date;
        Supervisor = Required(supervisor, nameof(supervisor));
        Form = Enum.IsDefined(form) ? form : throw new ArgumentOutOfRangeException(nameof(form));
        Hours = PositiveHours(hours, nameof(hours));
    }

    public DateOnly Date { get; private set; }
    public string Supervisor { get; private set; }
    public SupervisionForm Form { get; private set; }
    public decimal Hours { get; private set; }
}

internal static class Text
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
