namespace SocialServices.Domain.Groups;

/// <summary>
/// One run of a group programme (e.g. "Esam ģimene", spring 2027): where and when it starts and how many it takes.
/// Granted applications for the programme enrol into the next group that has room.
/// </summary>
public sealed class ProgrammeGroup
{
    private ProgrammeGroup()
    {
        Name = string.Empty;
    }

    public ProgrammeGroup(int organisationId, int serviceId, string name, DateOnly startsOn, DateOnly? endsOn, int capacity, string? location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (endsOn is { } end && end < startsOn)
        {
            throw new ArgumentException("A group cannot end before it starts.", nameof(endsOn));
        }

        OrganisationId = organisationId;
        ServiceId = serviceId;
        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        Capacity = capacity;
        Location = Clean(location);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ServiceId { get; private set; }
    public string Name { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public int Capacity { get; private set; }
    public string? Location { get; private set; }

    /// <summary>The room the group usually meets in (a session may be moved to another).</summary>
    public string? Room { get; private set; }

    /// <summary>The pattern the schedule was generated from: weekdays as ISO numbers ("2,4"), times and number of sessions.</summary>
    public string? PatternWeekdays { get; private set; }

    public TimeOnly? PatternStartsAt { get; private set; }

    public TimeOnly? PatternEndsAt { get; private set; }

    public int? PatternSessions { get; private set; }

    /// <summary>The dates the user asked to skip when the schedule was generated (ISO dates, comma-separated), kept for the record.</summary>
    public string? PatternSkipDates { get; private set; }

    /// <summary>The pattern, if the schedule was generated from one.</summary>
    public SchedulePattern? Pattern =>
        PatternWeekdays is { } days && PatternStartsAt is { } start && PatternEndsAt is { } end && PatternSessions is { } n
            ? new SchedulePattern(SchedulePattern.ParseWeekdays(days), start, end, n)
            : null;

    /// <summary>Keeps the pattern the schedule is generated from (the sessions themselves are stored one by one).</summary>
    public void UsePattern(SchedulePattern pattern, IEnumerable<DateOnly> skipDates)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(skipDates);
        PatternWeekdays = pattern.WeekdayCodes;
        PatternStartsAt = pattern.StartsAt;
        PatternEndsAt = pattern.EndsAt;
        PatternSessions = pattern.Sessions;
        var listed = string.Join(",", skipDates.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        PatternSkipDates = listed.Length == 0 ? null : listed;
    }

    /// <summary>Changes what a manager edits; the capacity cannot go below the members the group already has.</summary>
    public void Update(string name, string? location, string? room, int capacity, int members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!GroupCapacity.CanSetCapacity(capacity, members))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "The capacity is below the group's members.");
        }

        Name = name.Trim();
        Location = Clean(location);
        Room = Clean(room);
        Capacity = capacity;
    }

    /// <summary>The group runs from its first to its last session that is not cancelled (kept in step with the schedule).</summary>
    public void ScheduleChanged(DateOnly? firstSession, DateOnly? lastSession)
    {
        if (firstSession is { } first && lastSession is { } last && last >= first)
        {
            StartsOn = first;
            EndsOn = last;
        }
    }

    /// <summary>The last day the group runs for the one-group-a-year rule: its end, or else the end of its start year.</summary>
    public DateOnly RunsUntil => EndsOn ?? new DateOnly(StartsOn.Year, 12, 31);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>How a client stands towards a programme.</summary>
public enum EnrolmentStatus
{
    /// <summary>A member of a group.</summary>
    Enrolled = 1,

    /// <summary>Granted, but no group of the programme has room yet.</summary>
    WaitingList = 2,

    /// <summary>Left the group (or the waiting list) with a reason.</summary>
    Left = 3,
}

/// <summary>A client's place in a programme: in a group, or on the programme's waiting list. Ended, never deleted.</summary>
public sealed class GroupEnrolment
{
    private GroupEnrolment()
    {
    }

    public GroupEnrolment(int clientId, int serviceId, int? groupId, int? applicationId, DateOnly on)
    {
        ClientId = clientId;
        ServiceId = serviceId;
        GroupId = groupId;
        ApplicationId = applicationId;
        Status = groupId is null ? EnrolmentStatus.WaitingList : EnrolmentStatus.Enrolled;
        EnrolledOn = on;
    }

    public int Id { get; private set; }
    public int ClientId { get; private set; }
    public int ServiceId { get; private set; }
    public int? GroupId { get; private set; }
    public int? ApplicationId { get; private set; }
    public EnrolmentStatus Status { get; private set; }
    public DateOnly EnrolledOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public string? LeaveReason { get; private set; }

    public void PlaceInGroup(int groupId, DateOnly on)
    {
        if (Status != EnrolmentStatus.WaitingList)
        {
            throw new InvalidOperationException("Only a waiting client is placed in a group.");
        }

        GroupId = groupId;
        Status = EnrolmentStatus.Enrolled;
        EnrolledOn = on;
    }

    public void Leave(DateOnly on, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status == EnrolmentStatus.Left)
        {
            throw new InvalidOperationException("Already left.");
        }

        Status = EnrolmentStatus.Left;
        LeftOn = on;
        LeaveReason = reason.Trim();
    }
}

/// <summary>Picks the group a newly granted client joins.</summary>
public static class GroupPlacement
{
    /// <summary>
    /// The earliest-starting group of the programme that has not started before <paramref name="on"/> and has room;
    /// null means the waiting list.
    /// </summary>
    public static int? NextGroup(IEnumerable<(int GroupId, DateOnly StartsOn, int Capacity, int Members)> groups, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Where(g => g.StartsOn >= on && g.Members < g.Capacity)
            .OrderBy(g => g.StartsOn).ThenBy(g => g.GroupId)
            .Select(g => (int?)g.GroupId).FirstOrDefault();
    }
}
