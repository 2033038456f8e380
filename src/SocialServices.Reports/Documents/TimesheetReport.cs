namespace SocialServices.Reports.Documents;

/// <summary>Input of <see cref="TimesheetDocument"/>: a specialist's monthly timesheet (pay justification, 000 §5).</summary>
/// <param name="OrganisationName">The provider (page header).</param>
/// <param name="GeneratedBy">Who exported it (footer, PDF author).</param>
/// <param name="GeneratedAt">When.</param>
/// <param name="SpecialistName">Whose working time it is.</param>
/// <param name="Position">The specialist's position, if the staff register has it.</param>
/// <param name="Year">The year of the month.</param>
/// <param name="Month">The month (1-12).</param>
/// <param name="Lines">Each piece of work, in date order; client counts only, never names.</param>
/// <param name="Totals">Sums per activity.</param>
/// <param name="TotalMinutes">All working time of the month in minutes.</param>
/// <param name="TotalClientsServed">All clients served (attendances) in the month.</param>
/// <param name="ApprovedBy">The manager who approved the month, if approved.</param>
/// <param name="ApprovedAt">When it was approved.</param>
public sealed record TimesheetReport(
    string OrganisationName,
    string GeneratedBy,
    DateTimeOffset GeneratedAt,
    string SpecialistName,
    string? Position,
    int Year,
    int Month,
    IReadOnlyList<TimesheetReportLine> Lines,
    IReadOnlyList<TimesheetReportTotal> Totals,
    int TotalMinutes,
    int TotalClientsServed,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt);

/// <summary>One line: a day, an activity (in Latvian), a description without client names, minutes, clients served.</summary>
public sealed record TimesheetReportLine(DateOnly Date, string Activity, string? Description, int Minutes, int ClientsServed);

/// <summary>The month's sum for one activity.</summary>
public sealed record TimesheetReportTotal(string Activity, int Count, int Minutes, int ClientsServed);
