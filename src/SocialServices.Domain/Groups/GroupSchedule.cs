using SocialServices.Domain.Common;

namespace SocialServices.Domain.Groups;

/// <summary>
/// How a group meets: on which weekdays, from when to when (Latvian wall-clock time, so a daylight-saving change
/// does not move a session), and how many sessions it has (by default the programme's session count).
/// </summary>
public sealed record SchedulePattern(IReadOnlyList<DayOfWeek> Weekdays, TimeOnly StartsAt, TimeOnly EndsAt, int Sessions)
{
    /// <summary>The most sessions one pattern generates (the longest programme has 28; a monthly group runs for years).</summary>
    public const int MaxSessions = 100;

    /// <summary>Weekdays stored as text: ISO numbers (Monday 1 ... Sunday 7) in week order, e.g. "2,4".</summary>
    public string WeekdayCodes => string.Join(",", Weekdays.Distinct().OrderBy(Iso).Select(d => Iso(d).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static int Iso(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    public static IReadOnlyList<DayOfWeek> ParseWeekdays(string? codes) =>
        string.IsNullOrWhiteSpace(codes)
            ? []
            : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))
                .Where(n => n is >= 1 and <= 7)
                .Select(n => n == 7 ? DayOfWeek.Sunday : (DayOfWeek)n)
                .Distinct().OrderBy(Iso).ToList();
}

/// <summary>Why a date of the pattern got no session.</summary>
public enum SkipReason
{
    /// <summary>A Latvian public holiday (<see cref="LatvianCalendar"/>).</summary>
    PublicHoliday = 1,

    /// <summary>A date the user listed (school holidays, the room taken, ...).</summary>
    Listed = 2,
}

/// <summary>A session the pattern gives (not yet stored).</summary>
public sealed record PlannedSession(int Number, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt);

/// <summary>A date of the pattern that was skipped, and why.</summary>
public sealed record SkippedDate(DateOnly Date, SkipReason Reason);

/// <summary>The generated schedule: the sessions in order and the dates skipped on the way.</summary>
public sealed record GeneratedSchedule(IReadOnlyList<PlannedSession> Sessions, IReadOnlyList<SkippedDate> Skipped)
{
    public DateOnly? LastDate => Sessions.Count == 0 ? null : Sessions[^1].Date;
}

/// <summary>Generates a group's schedule from its pattern: a pure function, no storage, no clock.</summary>
public static class GroupSchedule
{
    /// <summary>The generator gives up after this many days (about five years) rather than loop for ever.</summary>
    private const int MaxDays = 5 * 366;

    /// <summary>
    /// The first <see cref="SchedulePattern.Sessions"/> dates from <paramref name="from"/> (inclusive) that fall on one of
    /// the pattern's weekdays, skipping Latvian public holidays and the listed dates; each session at the pattern's times.
    /// </summary>
    /// <exception cref="ArgumentException">The pattern has no weekday, ends before it starts, or asks for no or too many sessions.</exception>
    public static GeneratedSchedule Generate(DateOnly from, SchedulePattern pattern, IEnumerable<DateOnly>? skipDates = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Weekdays.Count == 0)
        {
            throw new ArgumentException("A schedule needs at least one weekday.", nameof(pattern));
        }

        if (pattern.EndsAt <= pattern.StartsAt)
        {
            throw new ArgumentException("A session ends after it starts.", nameof(pattern));
        }

        if (pattern.Sessions is < 1 or > SchedulePattern.MaxSessions)
        {
            throw new ArgumentException($"A schedule has 1 to {SchedulePattern.MaxSessions} sessions.", nameof(pattern));
        }

        var days = pattern.Weekdays.ToHashSet();
        var listed = (skipDates ?? []).ToHashSet();
        var sessions = new List<PlannedSession>(pattern.Sessions);
        var skipped = new List<SkippedDate>();
        for (var day = from; sessions.Count < pattern.Sessions && day.DayNumber - from.DayNumber <= MaxDays; day = day.AddDays(1))
        {
            if (!days.Contains(day.DayOfWeek))
            {
                continue;
            }

            if (LatvianCalendar.IsPublicHoliday(day))
            {
                skipped.Add(new SkippedDate(day, SkipReason.PublicHoliday));
            }
            else if (listed.Contains(day))
            {
                skipped.Add(new SkippedDate(day, SkipReason.Listed));
            }
            else
            {
                sessions.Add(new PlannedSession(sessions.Count + 1, day, pattern.StartsAt, pattern.EndsAt));
            }
        }

        return new GeneratedSchedule(sessions, skipped);
    }
}

/// <summary>Capacity of a group: how many members it may take.</summary>
public static class GroupCapacity
{
    /// <summary>True while a group of <paramref name="capacity"/> places with <paramref name="members"/> members can take one more.</summary>
    public static bool HasRoom(int members, int capacity) => members < capacity;

    /// <summary>A group's capacity may be lowered only down to the members it already has.</summary>
    public static bool CanSetCapacity(int capacity, int members) => capacity >= 1 && capacity >= members;
}

/// <summary>When a group counts as ended for its end-of-group evaluation (002 §11.1.2).</summary>
public static class GroupEnd
{
    /// <summary>
    /// A group has ended when it has sessions that are not cancelled and either the last of them has been held (its
    /// attendance recorded) or its day is over (before <paramref name="today"/>). A group without sessions has ended
    /// when its end date is past.
    /// </summary>
    public static bool HasEnded(IEnumerable<(DateOnly Date, bool Cancelled, bool Held)> sessions, DateOnly? endsOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var open = sessions.Where(s => !s.Cancelled).OrderBy(s => s.Date).ToList();
        if (open.Count == 0)
        {
            return endsOn is { } end && end < today;
        }

        return open[^1].Held || open[^1].Date < today;
    }
}
