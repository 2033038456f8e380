namespace SocialServices.Reports.Documents;

/// <summary>
/// Input of <see cref="GroupEvaluationsDocument"/>: every member's end-of-group evaluation of one group (002 §11.1.2).
/// Plain data; every text is already in Latvian.
/// </summary>
/// <param name="OrganisationName">The provider: heading and page header.</param>
/// <param name="OrganisationDetails">Registration number and address in one line, if any.</param>
/// <param name="ProgrammeCode">The programme's code, e.g. "6.1.5".</param>
/// <param name="ProgrammeName">The programme.</param>
/// <param name="GroupName">The group.</param>
/// <param name="Leaders">The group's leaders.</param>
/// <param name="StartsOn">The group's first day.</param>
/// <param name="EndsOn">The group's last day.</param>
/// <param name="SessionsHeld">Sessions held (attendance recorded).</param>
/// <param name="Evaluations">The evaluation in force of each evaluated member, by name.</param>
/// <param name="NotEvaluated">Members (and former members) without an evaluation, by name.</param>
/// <param name="GeneratedBy">Who printed.</param>
/// <param name="GeneratedAt">When.</param>
public sealed record GroupEvaluationsReport(
    string OrganisationName,
    string? OrganisationDetails,
    string ProgrammeCode,
    string ProgrammeName,
    string GroupName,
    IReadOnlyList<string> Leaders,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    int SessionsHeld,
    IReadOnlyList<GroupMemberEvaluationEntry> Evaluations,
    IReadOnlyList<string> NotEvaluated,
    string GeneratedBy,
    DateTimeOffset GeneratedAt);

/// <summary>One member's evaluation in force.</summary>
/// <param name="ClientName">The member.</param>
/// <param name="BirthDate">The member's birth date, if known.</param>
/// <param name="Attended">Sessions the member attended.</param>
/// <param name="Held">Sessions held while the member was in the group.</param>
/// <param name="LeftOn">When the member left the group early, if they did.</param>
/// <param name="Results">Results reached.</param>
/// <param name="Recommendations">Recommendations.</param>
/// <param name="AuthorName">The leader who wrote it.</param>
/// <param name="EvaluatedOn">The day of the evaluation.</param>
/// <param name="VersionNumber">1, or the number of the correction in force.</param>
/// <param name="CorrectionReason">Why it was corrected, for a correction.</param>
public sealed record GroupMemberEvaluationEntry(
    string ClientName,
    DateOnly? BirthDate,
    int Attended,
    int Held,
    DateOnly? LeftOn,
    string Results,
    string Recommendations,
    string AuthorName,
    DateOnly EvaluatedOn,
    int VersionNumber,
    string? CorrectionReason);
