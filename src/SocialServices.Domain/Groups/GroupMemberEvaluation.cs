using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Groups;

/// <summary>What a leader writes for one member when a group ends (002 §11.1.2).</summary>
/// <param name="EvaluatedOn">The day of the evaluation.</param>
/// <param name="Results">The results the member reached.</param>
/// <param name="Recommendations">Recommendations for the client (and the social worker).</param>
/// <param name="CorrectionReason">Why an earlier version is corrected; required for a correction, null for the first version.</param>
public sealed record GroupEvaluationContent(DateOnly EvaluatedOn, string Results, string Recommendations, string? CorrectionReason = null);

/// <summary>
/// A leader's end-of-group evaluation of one member (izvērtējums un ieteikumi par klienta sasniegtajiem rezultātiem,
/// 002 §11.1.2): attendance (attended x of n held sessions, counted when written), the results reached and
/// recommendations. A correction is a new version with a reason; earlier versions stay as they were.
/// </summary>
public sealed class GroupMemberEvaluation
{
    public const int TextMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    private GroupMemberEvaluation()
    {
        Results = string.Empty;
        Recommendations = string.Empty;
        AuthorId = string.Empty;
        AuthorName = string.Empty;
    }

    private GroupMemberEvaluation(int groupId, GroupEnrolment enrolment, int versionNumber, int? caseFileId, int attended, int held, GroupEvaluationContent content, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(by);
        if (enrolment.Status == EnrolmentStatus.WaitingList)
        {
            throw new InvalidOperationException("A client on the waiting list was not a member.");
        }

        if (enrolment.GroupId != groupId)
        {
            throw new ArgumentException("The enrolment is not in this group.", nameof(enrolment));
        }

        if (held < 0 || attended < 0 || attended > held)
        {
            throw new ArgumentOutOfRangeException(nameof(attended), "Attended sessions are between none and the sessions held.");
        }

        GroupId = groupId;
        ClientId = enrolment.ClientId;
        EnrolmentId = enrolment.Id;
        VersionNumber = versionNumber;
        CaseFileId = caseFileId;
        SessionsAttended = attended;
        SessionsHeld = held;
        EvaluatedOn = content.EvaluatedOn;
        Results = Text(content.Results, nameof(content.Results), TextMaxLength);
        Recommendations = Text(content.Recommendations, nameof(content.Recommendations), TextMaxLength);
        CorrectionReason = versionNumber == 1 ? null : Text(content.CorrectionReason, nameof(content.CorrectionReason), ReasonMaxLength);
        AuthorId = by.UserId;
        AuthorName = by.Name;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public int ClientId { get; private set; }
    public int EnrolmentId { get; private set; }

    /// <summary>1 for the first evaluation; each correction is the next number. The highest number is in force.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The case whose timeline holds the evaluation (null when the client had no open case).</summary>
    public int? CaseFileId { get; private set; }

    public int SessionsAttended { get; private set; }
    public int SessionsHeld { get; private set; }
    public DateOnly EvaluatedOn { get; private set; }
    public string Results { get; private set; }
    public string Recommendations { get; private set; }
    public string? CorrectionReason { get; private set; }
    public string AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The first evaluation of a member.</summary>
    public static GroupMemberEvaluation First(int groupId, GroupEnrolment enrolment, int? caseFileId, int attended, int held, GroupEvaluationContent content, Actor by, DateTimeOffset at) =>
        new(groupId, enrolment, 1, caseFileId, attended, held, content, by, at);

    /// <summary>A correction of the version in force: a new version with its reason; the earlier one is kept unchanged.</summary>
    public GroupMemberEvaluation Correct(GroupEnrolment enrolment, int? caseFileId, int attended, int held, GroupEvaluationContent content, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (enrolment?.Id != EnrolmentId)
        {
            throw new ArgumentException("A correction is of the same member's evaluation.", nameof(enrolment));
        }

        return new GroupMemberEvaluation(GroupId, enrolment, VersionNumber + 1, caseFileId, attended, held, content, by, at);
    }

    private static string Text(string? value, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A text is required.", name);
        }

        var trimmed = value.Trim();
        return trimmed.Length > max ? throw new ArgumentException("The text is too long.", name) : trimmed;
    }
}

/// <summary>Attendance of one member over a group's held sessions.</summary>
public static class GroupAttendance
{
    /// <summary>
    /// Held sessions are those not cancelled whose attendance was recorded; the member attended those where their
    /// record says present. Sessions held before the member joined or after they left do not count for them.
    /// </summary>
    public static (int Attended, int Held) Count(
        IEnumerable<(int SessionId, DateOnly Date, bool Cancelled, bool Held)> sessions, IEnumerable<int> presentAt, DateOnly joined, DateOnly? left)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(presentAt);
        var present = presentAt.ToHashSet();
        var held = sessions.Where(s => !s.Cancelled && s.Held && (s.Date >= joined || present.Contains(s.SessionId)) && (left is null || s.Date <= left.Value)).ToList();
        return (held.Count(s => present.Contains(s.SessionId)), held.Count);
    }
}
