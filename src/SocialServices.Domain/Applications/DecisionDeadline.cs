namespace SocialServices.Domain.Applications;

/// <summary>
/// The deadline for deciding an application: one calendar month after the day all required documents
/// were received (Cabinet Regulation No. 138 as applied; 002 §10.2), extendable with a reason to at most
/// four months after that day. Immutable: <see cref="Extend"/> returns a new instance.
/// </summary>
/// <remarks>
/// "One calendar month" ends on the same day number of the next month, or on that month's last day when
/// the day number does not exist (31 January → 28/29 February). Moving a deadline that falls on a
/// non-working day is off unless the caller passes the non-working days.
/// </remarks>
public sealed class DecisionDeadline
{
    public const int DefaultDueSoonDays = 7;

    /// <summary>The deadline board warns this many working days ahead (issue 4).</summary>
    public const int DueSoonWorkingDays = 5;
    public const int DecisionMonths = 1;
    public const int MaximumMonths = 4;

    private DecisionDeadline(DateOnly documentsComplete, DateOnly original, DateOnly latestPermitted, IReadOnlyList<DeadlineExtension> extensions)
    {
        DocumentsComplete = documentsComplete;
        Original = original;
        LatestPermitted = latestPermitted;
        Extensions = extensions;
    }

    /// <summary>The day the application and all required documents had been received.</summary>
    public DateOnly DocumentsComplete { get; }

    /// <summary>The one-month deadline.</summary>
    public DateOnly Original { get; }

    /// <summary>The latest day an extension may set: four months after <see cref="DocumentsComplete"/>.</summary>
    public DateOnly LatestPermitted { get; }

    /// <summary>Extensions in the order recorded.</summary>
    public IReadOnlyList<DeadlineExtension> Extensions { get; }

    /// <summary>The deadline in force: the last extension's, or the original.</summary>
    public DateOnly Current => Extensions.Count == 0 ? Original : Extensions[^1].NewDeadline;

    public bool IsExtended => Extensions.Count > 0;

    /// <summary>
    /// The one-month deadline for documents completed on <paramref name="documentsComplete"/>.
    /// </summary>
    /// <param name="documentsComplete">The day all required documents were received.</param>
    /// <param name="nonWorkingDays">
    /// Optional. When given, a deadline falling on one of these days moves to the next day not in the set
    /// (the caller lists weekends and public holidays). When <see langword="null"/>, no day is moved.
    /// </param>
    public static DateOnly Compute(DateOnly documentsComplete, IReadOnlySet<DateOnly>? nonWorkingDays = null) =>
        NextWorkingDay(documentsComplete.AddMonths(DecisionMonths), nonWorkingDays);

    /// <summary>The latest deadline an extension may set (four months; moved like <see cref="Compute"/>).</summary>
    public static DateOnly ComputeLatestPermitted(DateOnly documentsComplete, IReadOnlySet<DateOnly>? nonWorkingDays = null) =>
        NextWorkingDay(documentsComplete.AddMonths(MaximumMonths), nonWorkingDays);

    /// <summary>The deadline of a newly complete application, not extended.</summary>
    public static DecisionDeadline Start(DateOnly documentsComplete, IReadOnlySet<DateOnly>? nonWorkingDays = null) =>
        new(documentsComplete, Compute(documentsComplete, nonWorkingDays), ComputeLatestPermitted(documentsComplete, nonWorkingDays), []);

    /// <summary>Rebuilds a deadline from its stored parts: the documents-complete day and the recorded extensions, oldest first.</summary>
    public static DecisionDeadline Restore(DateOnly documentsComplete, IEnumerable<(DateOnly NewDeadline, string Reason)> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var deadline = Start(documentsComplete);
        foreach (var (newDeadline, reason) in extensions)
        {
            deadline = new DecisionDeadline(deadline.DocumentsComplete, deadline.Original, deadline.LatestPermitted, [.. deadline.Extensions, new DeadlineExtension(deadline.Current, newDeadline, reason)]);
        }

        return deadline;
    }

    /// <summary>Every reason the extension cannot be recorded; empty when it can.</summary>
    public IReadOnlyList<DeadlineExtensionError> ValidateExtension(DateOnly newDeadline, string? reason)
    {
        var errors = new List<DeadlineExtensionError>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(DeadlineExtensionError.ReasonRequired);
        }

        if (newDeadline <= Current)
        {
            errors.Add(DeadlineExtensionError.NotAfterCurrentDeadline);
        }

        if (newDeadline > LatestPermitted)
        {
            errors.Add(DeadlineExtensionError.BeyondMaximum);
        }

        return errors;
    }

    /// <summary>
    /// Records an extension. Call <see cref="ValidateExtension"/> first to show errors to the user;
    /// this method refuses an invalid extension with an exception.
    /// </summary>
    /// <exception cref="ArgumentException">The extension breaks a rule in <see cref="ValidateExtension"/>.</exception>
    public DecisionDeadline Extend(DateOnly newDeadline, string reason)
    {
        var errors = ValidateExtension(newDeadline, reason);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The deadline extension is not valid: {string.Join(", ", errors)}.", nameof(newDeadline));
        }

        var extension = new DeadlineExtension(Current, newDeadline, reason.Trim());
        return new DecisionDeadline(DocumentsComplete, Original, LatestPermitted, [.. Extensions, extension]);
    }

    /// <summary>The current deadline seen from <paramref name="today"/>.</summary>
    public DeadlineStatus Evaluate(DateOnly today, int dueSoonDays = DefaultDueSoonDays) =>
        DeadlineStatus.Evaluate(Current, today, dueSoonDays);

    private static DateOnly NextWorkingDay(DateOnly day, IReadOnlySet<DateOnly>? nonWorkingDays)
    {
        if (nonWorkingDays is null)
        {
            return day;
        }

        while (nonWorkingDays.Contains(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
