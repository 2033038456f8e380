namespace SocialServices.Domain.Attendance;

/// <summary>The "missed sessions in a row" rule: how many of a member's latest held sessions in a row they did not attend.</summary>
public static class MissedSessions
{
    /// <summary>
    /// The number of sessions missed in a row at the end of <paramref name="chronological"/> (a member's statuses at
    /// the held sessions of one group, oldest first): counting back from the latest until the member was present.
    /// An excused absence counts as missed unless <paramref name="excusedCounts"/> is false, in which case it is
    /// skipped (it neither breaks nor extends the run).
    /// </summary>
    public static int InARow(IEnumerable<AttendanceStatus> chronological, bool excusedCounts = true)
    {
        ArgumentNullException.ThrowIfNull(chronological);
        var run = 0;
        foreach (var status in chronological)
        {
            switch (status)
            {
                case AttendanceStatus.Present:
                    run = 0;
                    break;
                case AttendanceStatus.Absent:
                    run++;
                    break;
                case AttendanceStatus.Excused when excusedCounts:
                    run++;
                    break;
                case AttendanceStatus.Excused:
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(chronological), status, "Unknown attendance status.");
            }
        }

        return run;
    }

    /// <summary>Whether a run of missed sessions reaches the warning threshold (a threshold below 1 never warns).</summary>
    public static bool Warns(int missedInARow, int threshold) => threshold >= 1 && missedInARow >= threshold;
}

/// <summary>A member's attendance at the held sessions of a group (or a client's at appointments): attended x of n.</summary>
public sealed record AttendanceTally(int Held, int Present, int Absent, int Excused, int Late)
{
    public static AttendanceTally Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Attended share in whole percent (0 when nothing was held).</summary>
    public int PercentAttended => Held == 0 ? 0 : (int)Math.Round(100.0 * Present / Held, MidpointRounding.AwayFromZero);

    public static AttendanceTally Of(IEnumerable<(AttendanceStatus Status, bool Late)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        int held = 0, present = 0, absent = 0, excused = 0, late = 0;
        foreach (var (status, isLate) in records)
        {
            held++;
            switch (status)
            {
                case AttendanceStatus.Present:
                    present++;
                    late += isLate ? 1 : 0;
                    break;
                case AttendanceStatus.Absent:
                    absent++;
                    break;
                case AttendanceStatus.Excused:
                    excused++;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(records), status, "Unknown attendance status.");
            }
        }

        return new AttendanceTally(held, present, absent, excused, late);
    }

    public AttendanceTally Add(AttendanceTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AttendanceTally(Held + other.Held, Present + other.Present, Absent + other.Absent, Excused + other.Excused, Late + other.Late);
    }
}

/// <summary>One register row's values (as stored, or as a form posts them once they are valid).</summary>
public sealed record AttendanceEntry(AttendanceStatus Status, bool Late, string? Reason, string? Note)
{
    /// <summary>Why the values cannot be stored, or null when they can (the same rules as <see cref="AttendanceRecord.Set"/>).</summary>
    public AttendanceEntryError? Error =>
        !Enum.IsDefined(Status) ? AttendanceEntryError.UnknownStatus
        : Status == AttendanceStatus.Excused && string.IsNullOrWhiteSpace(Reason) ? AttendanceEntryError.ExcusedWithoutReason
        : Late && Status != AttendanceStatus.Present ? AttendanceEntryError.LateButNotPresent
        : null;

    /// <summary>The same values as they are stored (trimmed; blank text is no text).</summary>
    public AttendanceEntry Normalised() => this with { Reason = Clean(Reason), Note = Clean(Note) };

    /// <summary>What differs from <paramref name="before"/>, field by field, as before → after (empty when nothing changed).</summary>
    public IReadOnlyList<AttendanceFieldChange> ChangesFrom(AttendanceEntry before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var (a, b) = (before.Normalised(), Normalised());
        var changes = new List<AttendanceFieldChange>();
        if (a.Status != b.Status)
        {
            changes.Add(new(AttendanceChangeField.Status, a.Status.ToString(), b.Status.ToString()));
        }

        if (a.Late != b.Late)
        {
            changes.Add(new(AttendanceChangeField.Late, Flag(a.Late), Flag(b.Late)));
        }

        if (!string.Equals(a.Reason, b.Reason, StringComparison.Ordinal))
        {
            changes.Add(new(AttendanceChangeField.Reason, a.Reason, b.Reason));
        }

        if (!string.Equals(a.Note, b.Note, StringComparison.Ordinal))
        {
            changes.Add(new(AttendanceChangeField.Note, a.Note, b.Note));
        }

        return changes;
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Flag(bool value) => value ? "yes" : "no";
}

/// <summary>Why a register row cannot be stored.</summary>
public enum AttendanceEntryError
{
    UnknownStatus = 1,
    ExcusedWithoutReason = 2,
    LateButNotPresent = 3,
}

/// <summary>What a correction of a register changed.</summary>
public enum AttendanceChangeField
{
    Status = 1,
    Late = 2,
    Reason = 3,
    Note = 4,

    /// <summary>The session's actual start and end.</summary>
    Times = 5,

    /// <summary>The leaders present.</summary>
    Leaders = 6,
}

/// <summary>One changed field: its value before and after (as text; "yes"/"no" for flags, the status's name for a status).</summary>
public sealed record AttendanceFieldChange(AttendanceChangeField Field, string? Before, string? After);

/// <summary>
/// A correction of a saved register, kept for the register's "changes" list: who changed which field of which member's
/// row (or of the session: times, leaders) from what to what, and when. Appended, never changed or deleted.
/// </summary>
public sealed class AttendanceChange
{
    public const int MaxValueLength = AttendanceRecord.MaxNoteLength;

    private AttendanceChange()
    {
        ChangedById = string.Empty;
        ChangedByName = string.Empty;
    }

    public AttendanceChange(int sessionId, int? clientId, AttendanceFieldChange change, string changedById, string changedByName, DateTimeOffset changedAt)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedById);
        SessionId = sessionId;
        ClientId = clientId;
        Field = change.Field;
        Before = Cut(change.Before);
        After = Cut(change.After);
        ChangedById = changedById;
        ChangedByName = string.IsNullOrWhiteSpace(changedByName) ? changedById : changedByName.Trim();
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }

    /// <summary>The member whose row changed; null for a change of the session (times, leaders).</summary>
    public int? ClientId { get; private set; }

    public AttendanceChangeField Field { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string ChangedById { get; private set; }
    public string ChangedByName { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    private static string? Cut(string? value) => value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}
