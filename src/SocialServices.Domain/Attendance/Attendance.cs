namespace SocialServices.Domain.Attendance;

/// <summary>A member's attendance at a session (or a client's at an individual appointment).</summary>
public enum AttendanceStatus
{
    Present = 1,
    Absent = 2,

    /// <summary>Absent with a reason given (attaisnoti).</summary>
    Excused = 3,
}

/// <summary>
/// One row of a session's attendance register: a member, present / absent / excused (with reason), late, a note.
/// Corrections change the row and are kept in the audit log with who changed what; never deleted.
/// </summary>
public sealed class AttendanceRecord
{
    public const int MaxReasonLength = 500;
    public const int MaxNoteLength = 2000;

    private AttendanceRecord()
    {
    }

    public AttendanceRecord(int sessionId, int clientId, AttendanceStatus status, bool late, string? reason, string? note)
    {
        SessionId = sessionId;
        ClientId = clientId;
        Set(status, late, reason, note);
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int ClientId { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public bool Late { get; private set; }
    public string? Reason { get; private set; }
    public string? Note { get; private set; }

    public bool Attended => Status == AttendanceStatus.Present;

    /// <summary>The row's values as they are stored.</summary>
    public AttendanceEntry Entry => new(Status, Late, Reason, Note);

    public void Set(AttendanceStatus status, bool late, string? reason, string? note)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status));
        }

        if (status == AttendanceStatus.Excused && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An excused absence has a reason.", nameof(reason));
        }

        if (late && status != AttendanceStatus.Present)
        {
            throw new ArgumentException("Only a present member arrives late.", nameof(late));
        }

        Status = status;
        Late = late;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>The kind of an individual appointment.</summary>
public enum AppointmentKind
{
    Consultation = 1,
    IndividualSupport = 2,
    HomeVisit = 3,
}

/// <summary>
/// An individual appointment (konsultācija, individuāls atbalsts, mājas vizīte): a client, a specialist, when and how
/// long. It counts as attendance for the service and as working time in the specialist's timesheet.
/// </summary>
public sealed class Appointment
{
    public const int MaxNoteLength = 4000;
    public const int MaxDurationMinutes = 12 * 60;

    private Appointment()
    {
        SpecialistId = string.Empty;
    }

    public Appointment(int organisationId, int clientId, int? serviceId, int? caseFileId, string specialistId, AppointmentKind kind,
        DateTimeOffset startsAt, int durationMinutes, AttendanceStatus status, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(specialistId);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        if (durationMinutes is < 1 or > MaxDurationMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(durationMinutes), "An appointment lasts between a minute and twelve hours.");
        }

        OrganisationId = organisationId;
        ClientId = clientId;
        ServiceId = serviceId;
        CaseFileId = caseFileId;
        SpecialistId = specialistId;
        Kind = kind;
        StartsAt = startsAt;
        DurationMinutes = durationMinutes;
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status));
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ClientId { get; private set; }
    public int? ServiceId { get; private set; }
    public int? CaseFileId { get; private set; }
    public string SpecialistId { get; private set; }
    public AppointmentKind Kind { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public string? Note { get; private set; }
}
