using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Feedback;

/// <summary>Who the complaint came from.</summary>
public enum ComplainantKind
{
    Client = 1,
    Representative = 2,
    Anonymous = 3,
    Other = 4,
}

/// <summary>How the complaint reached the provider.</summary>
public enum ComplaintChannel
{
    Paper = 1,
    Email = 2,
    EAddress = 3,
    Phone = 4,
    InPerson = 5,
}

/// <summary>What the investigation found.</summary>
public enum ComplaintVerdict
{
    Justified = 1,
    PartlyJustified = 2,
    Unjustified = 3,
}

public enum ComplaintStatus
{
    /// <summary>Registered, not yet answered: on the manager's board.</summary>
    Open = 1,

    /// <summary>Investigated and answered: closed.</summary>
    Answered = 2,

    /// <summary>Registered by mistake: kept with the reason, counted nowhere.</summary>
    Withdrawn = 3,
}

/// <summary>Why a complaint cannot be closed yet (each names the field that needs attention).</summary>
public enum ComplaintClosingProblem
{
    InvestigationMissing = 1,
    VerdictMissing = 2,
    AnswerMissing = 3,
    AnswerDateMissing = 4,
    AnswerDateBeforeReceipt = 5,
    AnswerDateInFuture = 6,
}

/// <summary>What the complaint is and who it is from, as registered.</summary>
public sealed record ComplaintDetails(
    DateOnly ReceivedOn,
    ComplainantKind From,
    int? ClientId,
    string? ComplainantName,
    ComplaintChannel Channel,
    string Subject,
    int? ServiceId,
    IReadOnlyList<string> StaffIds,
    string? StaffText);

/// <summary>The handling of a complaint, saved as it goes and complete when the complaint is closed.</summary>
public sealed record ComplaintHandling(
    string? Investigation,
    ComplaintVerdict? Verdict,
    string? Answer,
    DateOnly? AnsweredOn,
    string? ActionTaken);

/// <summary>The answer deadline: a number of calendar months after receipt (31 January + 1 month = 28/29 February).</summary>
public static class ComplaintDeadline
{
    public const int DefaultMonths = 1;

    public static DateOnly Due(DateOnly receivedOn, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return receivedOn.AddMonths(months);
    }
}

/// <summary>
/// A complaint in the provider's register (SŪDZ-2026/0003): received on a date from a client, a representative, an
/// anonymous or other person through a channel, about a service and staff; investigated, judged justified, partly
/// justified or unjustified, and answered in writing within the deadline. Never deleted: a complaint registered by
/// mistake is withdrawn with a reason.
/// </summary>
public sealed class Complaint
{
    public const int SubjectMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int StaffTextMaxLength = 500;
    public const int TextMaxLength = 8000;
    public const int ReasonMaxLength = 1000;

    private List<string> _staffIds = [];

    private Complaint()
    {
        Number = string.Empty;
        Subject = string.Empty;
        RegisteredById = string.Empty;
        RegisteredByName = string.Empty;
    }

    public Complaint(int organisationId, string number, ComplaintDetails details, DateOnly dueOn, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(by);
        OrganisationId = organisationId;
        Number = number;
        Apply(details);
        if (dueOn < details.ReceivedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(dueOn), "The deadline cannot be before receipt.");
        }

        DueOn = dueOn;
        Status = ComplaintStatus.Open;
        RegisteredById = by.UserId;
        RegisteredByName = by.Name;
        RegisteredAt = at;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Number { get; private set; }
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The answer deadline, fixed when the complaint is registered (from the setting then in force).</summary>
    public DateOnly DueOn { get; private set; }

    public ComplainantKind From { get; private set; }

    /// <summary>The client who complained, or whom the representative represents; null for anonymous and others.</summary>
    public int? ClientId { get; private set; }

    /// <summary>The representative's or other person's name.</summary>
    public string? ComplainantName { get; private set; }

    public ComplaintChannel Channel { get; private set; }
    public string Subject { get; private set; }
    public int? ServiceId { get; private set; }

    /// <summary>Staff concerned who have user accounts.</summary>
    public IReadOnlyList<string> StaffIds => _staffIds;

    /// <summary>Staff concerned in free text (those without an account, or "the night shift").</summary>
    public string? StaffText { get; private set; }

    public string? Investigation { get; private set; }
    public ComplaintVerdict? Verdict { get; private set; }
    public string? Answer { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public string? ActionTaken { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedById { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string RegisteredById { get; private set; }
    public string RegisteredByName { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public bool IsOpen => Status == ComplaintStatus.Open;

    /// <summary>Open past its deadline on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DueOn, today);

    public static bool IsOverdue(ComplaintStatus status, DateOnly dueOn, DateOnly today) => status == ComplaintStatus.Open && today > dueOn;

    /// <summary>Answered, but after the deadline.</summary>
    public bool AnsweredLate => Status == ComplaintStatus.Answered && AnsweredOn > DueOn;

    /// <summary>What still stands in the way of closing with this handling on <paramref name="today"/> (empty when it can be closed).</summary>
    public static IReadOnlyList<ComplaintClosingProblem> ClosingProblems(ComplaintHandling handling, DateOnly receivedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(handling);
        var problems = new List<ComplaintClosingProblem>();
        if (string.IsNullOrWhiteSpace(handling.Investigation))
        {
            problems.Add(ComplaintClosingProblem.InvestigationMissing);
        }

        if (handling.Verdict is null || !Enum.IsDefined(handling.Verdict.Value))
        {
            problems.Add(ComplaintClosingProblem.VerdictMissing);
        }

        if (string.IsNullOrWhiteSpace(handling.Answer))
        {
            problems.Add(ComplaintClosingProblem.AnswerMissing);
        }

        problems.AddRange(AnswerDateProblems(handling.AnsweredOn, receivedOn, today, required: true));
        return problems;
    }

    /// <summary>The answer date's own rules: not before receipt, not in the future (and, when closing, present).</summary>
    public static IEnumerable<ComplaintClosingProblem> AnswerDateProblems(DateOnly? answeredOn, DateOnly receivedOn, DateOnly today, bool required)
    {
        if (answeredOn is null)
        {
            if (required)
            {
                yield return ComplaintClosingProblem.AnswerDateMissing;
            }

            yield break;
        }

        if (answeredOn < receivedOn)
        {
            yield return ComplaintClosingProblem.AnswerDateBeforeReceipt;
        }
        else if (answeredOn > today)
        {
            yield return ComplaintClosingProblem.AnswerDateInFuture;
        }
    }

    /// <summary>Corrects the registration while the complaint is open (the deadline follows a changed receipt date).</summary>
    public void Correct(ComplaintDetails details, DateOnly dueOn)
    {
        EnsureOpen();
        Apply(details);
        DueOn = dueOn;
    }

    /// <summary>Saves the investigation and answer as far as they go, without closing.</summary>
    public void RecordHandling(ComplaintHandling handling, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(handling);
        EnsureOpen();
        if (AnswerDateProblems(handling.AnsweredOn, ReceivedOn, today, required: false).Any())
        {
            throw new ArgumentException("The answer date is before receipt or in the future.", nameof(handling));
        }

        if (handling.Verdict is { } verdict && !Enum.IsDefined(verdict))
        {
            throw new ArgumentOutOfRangeException(nameof(handling), "Unknown verdict.");
        }

        Investigation = Clean(handling.Investigation, TextMaxLength);
        Verdict = handling.Verdict;
        Answer = Clean(handling.Answer, TextMaxLength);
        AnsweredOn = handling.AnsweredOn;
        ActionTaken = Clean(handling.ActionTaken, TextMaxLength);
    }

    /// <summary>Records the complete handling and closes the complaint as answered: it leaves the board.</summary>
    public void Close(ComplaintHandling handling, DateOnly today, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen();
        if (ClosingProblems(handling, ReceivedOn, today).Count > 0)
        {
            throw new InvalidOperationException("A complaint is closed with its investigation, verdict, answer and answer date.");
        }

        RecordHandling(handling, today);
        Status = ComplaintStatus.Answered;
        ClosedAt = at;
        ClosedById = by.UserId;
    }

    /// <summary>Marks a complaint registered by mistake as withdrawn; it stays in the register with the reason.</summary>
    public void Withdraw(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureOpen();
        WithdrawalReason = Clean(reason, ReasonMaxLength);
        WithdrawnAt = at;
        Status = ComplaintStatus.Withdrawn;
    }

    private void EnsureOpen()
    {
        if (Status != ComplaintStatus.Open)
        {
            throw new InvalidOperationException("Only an open complaint can be changed.");
        }
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Subject))]
    private void Apply(ComplaintDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Subject);
        if (!Enum.IsDefined(details.From) || !Enum.IsDefined(details.Channel))
        {
            throw new ArgumentOutOfRangeException(nameof(details), "Unknown complainant kind or channel.");
        }

        if (details.From == ComplainantKind.Client && details.ClientId is null)
        {
            throw new ArgumentException("A client's complaint names the client.", nameof(details));
        }

        if (details.From is ComplainantKind.Anonymous && (details.ClientId is not null || !string.IsNullOrWhiteSpace(details.ComplainantName)))
        {
            throw new ArgumentException("An anonymous complaint names nobody.", nameof(details));
        }

        if (details.From is ComplainantKind.Representative or ComplainantKind.Other && string.IsNullOrWhiteSpace(details.ComplainantName))
        {
            throw new ArgumentException("Say who the complaint is from.", nameof(details));
        }

        if (details.From == ComplainantKind.Other && details.ClientId is not null)
        {
            throw new ArgumentException("Only a client or a representative links a client.", nameof(details));
        }

        ReceivedOn = details.ReceivedOn;
        From = details.From;
        ClientId = details.ClientId;
        ComplainantName = details.From == ComplainantKind.Client ? null : Clean(details.ComplainantName, NameMaxLength);
        Channel = details.Channel;
        Subject = Clean(details.Subject, SubjectMaxLength)!;
        ServiceId = details.ServiceId;
        _staffIds = (details.StaffIds ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        StaffText = Clean(details.StaffText, StaffTextMaxLength);
    }

    private static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
