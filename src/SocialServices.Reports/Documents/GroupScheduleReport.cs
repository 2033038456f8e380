namespace SocialServices.Reports.Documents;

/// <summary>
/// Input of <see cref="GroupScheduleDocument"/>: a group's programme and schedule for the municipality (002 §11.1.1).
/// Plain data; every text is already in Latvian. No client names: the schedule leaves the organisation.
/// </summary>
/// <param name="OrganisationName">The provider: heading and page header.</param>
/// <param name="OrganisationDetails">Registration number and address in one line, if any.</param>
/// <param name="ProgrammeCode">The programme's code in the catalogue, e.g. "6.1.3".</param>
/// <param name="ProgrammeName">The programme, e.g. "Esam ģimene".</param>
/// <param name="ProgrammeTarget">Who may join the programme, if described.</param>
/// <param name="ProgrammeDescription">The programme's content, if described.</param>
/// <param name="ProgrammeSessions">The programme's number of sessions in the catalogue, if set.</param>
/// <param name="GroupName">The group.</param>
/// <param name="Leaders">The group's leaders.</param>
/// <param name="Location">Where the group meets.</param>
/// <param name="Room">The group's usual room.</param>
/// <param name="Capacity">Places in the group.</param>
/// <param name="Members">Members now (a count).</param>
/// <param name="StartsOn">The first session's day.</param>
/// <param name="EndsOn">The last session's day.</param>
/// <param name="Pattern">How the group meets, e.g. "otrdiena 17:00–18:30, 10 nodarbības".</param>
/// <param name="Sessions">The schedule, cancelled sessions included.</param>
/// <param name="GeneratedBy">Who exported.</param>
/// <param name="GeneratedAt">When.</param>
public sealed record GroupScheduleReport(
    string OrganisationName,
    string? OrganisationDetails,
    string ProgrammeCode,
    string ProgrammeName,
    string? ProgrammeTarget,
    string? ProgrammeDescription,
    int? ProgrammeSessions,
    string GroupName,
    IReadOnlyList<string> Leaders,
    string? Location,
    string? Room,
    int Capacity,
    int Members,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    string? Pattern,
    IReadOnlyList<GroupScheduleSession> Sessions,
    string GeneratedBy,
    DateTimeOffset GeneratedAt);

/// <summary>One session of the schedule; <paramref name="Number"/> is null and <paramref name="CancelReason"/> set for a cancelled one.</summary>
public sealed record GroupScheduleSession(int? Number, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Room, bool Held, string? CancelReason);
