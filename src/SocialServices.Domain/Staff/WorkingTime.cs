namespace SocialServices.Domain.Staff;

/// <summary>
/// Working time a specialist records by hand (preparation, documentation, supervision, training, other): it completes
/// the timesheet beside sessions led and appointments. Withdrawn with a reason when wrong, never deleted; a month that
/// a manager approved takes no new entries.
/// </summary>
public sealed class OtherWorkEntry
{
    public const int MaxNoteLength = 1000;
    public const int MaxMinutes = 12 * 60;

    private OtherWorkEntry()
    {
        UserId = string.Empty;
        RecordedById = string.Empty;
    }

    public OtherWorkEntry(int organisationId, string userId, DateOnly date, int minutes, OtherWorkKind kind, string? note, string recordedById, DateTimeOffset recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedById);
        if (minutes is < 1 or > MaxMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), "An entry lasts between a minute and twelve hours.");
        }

        OrganisationId = organisationId;
        UserId = userId;
        Date = date;
        Minutes = minutes;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind));
        Note = Text.Clean(note);
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>The specialist whose working time it is.</summary>
    public string UserId { get; private set; }

    public DateOnly Date { get; private set; }
    public int Minutes { get; private set; }
    public OtherWorkKind Kind { get; private set; }
    public string? Note { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawReason { get; private set; }
    public bool Withdrawn => WithdrawnAt is not null;

    public void Withdraw(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Withdrawn)
        {
            throw new InvalidOperationException("The entry is already withdrawn.");
        }

        WithdrawnAt = at;
        WithdrawReason = reason.Trim();
    }

    public static TimesheetActivity ActivityOf(OtherWorkKind kind) => kind switch
    {
        OtherWorkKind.Preparation => TimesheetActivity.Preparation,
        OtherWorkKind.Documentation => TimesheetActivity.Documentation,
        OtherWorkKind.Supervision => TimesheetActivity.Supervision,
        OtherWorkKind.Training => TimesheetActivity.Training,
        _ => TimesheetActivity.Other,
    };
}

/// <summary>
/// A manager's approval of a specialist's month. While approved the month is locked (no new or withdrawn other-work
/// entries); a manager reopens it with a reason to correct it, and approves again. The approved totals are kept, so a
/// later change in sessions or appointments shows against them.
/// </summary>
public sealed class TimesheetApproval
{
    public const int MaxReasonLength = 1000;

    private TimesheetApproval()
    {
        UserId = string.Empty;
    }

    public TimesheetApproval(string userId, TimesheetMonth month, string approvedById, string approvedByName, int minutes, int clientsServed, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        Year = month.Year;
        Month = month.Month;
        Approve(approvedById, approvedByName, minutes, clientsServed, at);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public bool IsApproved { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? ApprovedById { get; private set; }
    public string? ApprovedByName { get; private set; }
    public int ApprovedMinutes { get; private set; }
    public int ApprovedClientsServed { get; private set; }
    public DateTimeOffset? ReopenedAt { get; private set; }
    public string? ReopenedByName { get; private set; }
    public string? ReopenReason { get; private set; }

    public TimesheetMonth Period => new(Year, Month);

    public void Approve(string byId, string byName, int minutes, int clientsServed, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        ArgumentException.ThrowIfNullOrWhiteSpace(byName);
        if (IsApproved)
        {
            throw new InvalidOperationException("The month is already approved.");
        }

        IsApproved = true;
        ApprovedAt = at;
        ApprovedById = byId;
        ApprovedByName = byName;
        ApprovedMinutes = minutes;
        ApprovedClientsServed = clientsServed;
    }

    public void Reopen(string reason, string byName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(byName);
        if (!IsApproved)
        {
            throw new InvalidOperationException("Only an approved month is reopened.");
        }

        IsApproved = false;
        ReopenedAt = at;
        ReopenedByName = byName;
        ReopenReason = reason.Trim();
    }
}

/// <summary>A calendar month of a timesheet.</summary>
public readonly record struct TimesheetMonth
{
    public TimesheetMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }
    public DateOnly First => new(Year, Month, 1);
    public DateOnly Last => First.AddMonths(1).AddDays(-1);
    public TimesheetMonth Previous => Of(First.AddDays(-1));
    public TimesheetMonth Next => Of(Last.AddDays(1));

    public static TimesheetMonth Of(DateOnly day) => new(day.Year, day.Month);

    public bool Contains(DateOnly day) => day.Year == Year && day.Month == Month;

    /// <summary>"2026-11" (the form of URLs and file names).</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Reads "2026-11"; null for anything else.</summary>
    public static TimesheetMonth? Parse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            || year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return null;
        }

        return new TimesheetMonth(year, month);
    }
}

/// <summary>One piece of working time: a session led, an appointment, or an other-work entry.</summary>
/// <param name="Date">The Latvian day.</param>
/// <param name="Activity">What it was.</param>
/// <param name="Minutes">How long.</param>
/// <param name="ClientsServed">Clients served (present at the session; 1 for an attended appointment).</param>
/// <param name="Description">A short description without client names (the group's name, a note).</param>
public sealed record TimesheetItem(DateOnly Date, TimesheetActivity Activity, int Minutes, int ClientsServed, string? Description);

/// <summary>A day of a timesheet with its items and sums.</summary>
public sealed record TimesheetDay(DateOnly Date, IReadOnlyList<TimesheetItem> Items, int Minutes, int ClientsServed);

/// <summary>The month's sum for one activity.</summary>
public sealed record ActivityTotal(TimesheetActivity Activity, int Count, int Minutes, int ClientsServed);

/// <summary>A specialist's month: the days worked, the sums per activity and the totals (the pure arithmetic).</summary>
public sealed record MonthlyTimesheet(TimesheetMonth Month, IReadOnlyList<TimesheetDay> Days, IReadOnlyList<ActivityTotal> Totals, int TotalMinutes, int TotalClientsServed)
{
    /// <summary>Days in date order, items in a day by activity; items outside the month are left out.</summary>
    public static MonthlyTimesheet Build(TimesheetMonth month, IEnumerable<TimesheetItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var inMonth = items.Where(i => month.Contains(i.Date) && i.Minutes > 0).ToList();
        var days = inMonth
            .GroupBy(i => i.Date)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var list = g.OrderBy(i => i.Activity).ThenBy(i => i.Description, StringComparer.Ordinal).ToList();
                return new TimesheetDay(g.Key, list, list.Sum(i => i.Minutes), list.Sum(i => i.ClientsServed));
            })
            .ToList();
        var totals = inMonth
            .GroupBy(i => i.Activity)
            .OrderBy(g => g.Key)
            .Select(g => new ActivityTotal(g.Key, g.Count(), g.Sum(i => i.Minutes), g.Sum(i => i.ClientsServed)))
            .ToList();
        return new MonthlyTimesheet(month, days, totals, inMonth.Sum(i => i.Minutes), inMonth.Sum(i => i.ClientsServed));
    }

    /// <summary>Hours with two decimals (90 minutes are 1.50 h).</summary>
    public static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero);

    /// <summary>"1:30" for 90 minutes.</summary>
    public static string HoursAndMinutes(int minutes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{minutes / 60}:{minutes % 60:D2}");
}
