namespace SocialServices.Reports.Documents;

/// <summary>
/// Input of <see cref="ClientFileDocument"/>: everything the provider holds about one client (the client's right
/// to read their own file). Plain data; every text is already in Latvian (enum display names translated by the caller).
/// </summary>
/// <param name="OrganisationName">The provider (data controller): page header.</param>
/// <param name="GeneratedBy">The user who exported the file: page footer, PDF author.</param>
/// <param name="GeneratedAt">When the file was exported.</param>
/// <param name="Client">The client's personal data.</param>
/// <param name="Relations">Legal representatives and family members, current and ended.</param>
/// <param name="Cases">Every case file of the client, oldest first.</param>
/// <param name="AccessLog">Every audit entry about the client, oldest first ("who accessed this data").</param>
public sealed record ClientFileReport(
    string OrganisationName,
    string GeneratedBy,
    DateTimeOffset GeneratedAt,
    ClientFilePerson Client,
    IReadOnlyList<ClientFileRelation> Relations,
    IReadOnlyList<ClientFileCase> Cases,
    IReadOnlyList<ClientFileAccess> AccessLog);

/// <summary>The client's personal data in <see cref="ClientFileReport"/>.</summary>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Surname.</param>
/// <param name="PersonalCode">The full personal identity code, if the client has one.</param>
/// <param name="BirthDate">Birth date, if known.</param>
/// <param name="Gender">Gender display text, if recorded.</param>
/// <param name="Municipality">Municipality of the declared residence.</param>
/// <param name="Address">Declared address.</param>
/// <param name="Phone">Telephone.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="PreferredLanguage">Preferred language display text.</param>
/// <param name="DisabilityGroup">Disability group display text, if any.</param>
/// <param name="DisabilityFrom">Start of the disability group's validity.</param>
/// <param name="DisabilityTo">End of the disability group's validity.</param>
/// <param name="TargetGroups">Target group display texts.</param>
/// <param name="DataProcessingInformedOn">When the client was informed about the processing of their data.</param>
/// <param name="DataProcessingInformedBy">Who informed the client.</param>
/// <param name="Notes">Notes about the client.</param>
/// <param name="RegisteredAt">When the client was registered.</param>
/// <param name="RegisteredBy">Who registered the client.</param>
/// <param name="ArchiveReason">Why the client is archived; null when the client is not archived.</param>
public sealed record ClientFilePerson(
    string FirstName,
    string LastName,
    string? PersonalCode,
    DateOnly? BirthDate,
    string? Gender,
    string? Municipality,
    string? Address,
    string? Phone,
    string? Email,
    string? PreferredLanguage,
    string? DisabilityGroup,
    DateOnly? DisabilityFrom,
    DateOnly? DisabilityTo,
    IReadOnlyList<string> TargetGroups,
    DateOnly? DataProcessingInformedOn,
    string? DataProcessingInformedBy,
    string? Notes,
    DateTimeOffset RegisteredAt,
    string? RegisteredBy,
    string? ArchiveReason)
{
    /// <summary>"First Last".</summary>
    public string FullName => FirstName + " " + LastName;
}

/// <summary>A legal representative or family member of the client.</summary>
/// <param name="Kind">How the person is related to the client (display text, e.g. "Vecāks").</param>
/// <param name="Name">The person's name.</param>
/// <param name="BirthDate">The person's birth date, if known.</param>
/// <param name="IsLegalRepresentative">True for a legal representative.</param>
/// <param name="LivesInHousehold">True when the person lives in the client's household.</param>
/// <param name="IsClient">True when the person is also a client of the provider.</param>
/// <param name="Notes">Notes about the relation.</param>
/// <param name="From">When the relation was recorded.</param>
/// <param name="EndedAt">When the relation ended; null while current.</param>
/// <param name="EndReason">Why the relation ended.</param>
public sealed record ClientFileRelation(
    string Kind,
    string Name,
    DateOnly? BirthDate,
    bool IsLegalRepresentative,
    bool LivesInHousehold,
    bool IsClient,
    string? Notes,
    DateTimeOffset From,
    DateTimeOffset? EndedAt,
    string? EndReason);

/// <summary>One case file of the client with its header data, responsible workers, team and timeline.</summary>
/// <param name="Number">Case number, e.g. 2026/0153.</param>
/// <param name="Status">Status display text.</param>
/// <param name="OpenedOn">Date opened.</param>
/// <param name="Reason">Why the case was opened.</param>
/// <param name="ReferralSource">Referral source display text.</param>
/// <param name="ResponsibleWorker">The current responsible social worker, if any.</param>
/// <param name="ClosedOn">Closure date, when closed.</param>
/// <param name="ClosureReason">Closure reason, when closed.</param>
/// <param name="ClosingSummary">Closing summary, when closed.</param>
/// <param name="MonitoringOn">Monitoring date after closing, if set.</param>
/// <param name="ArchiveReason">Why the case is archived; null when it is not archived.</param>
/// <param name="Workers">The history of responsible workers, oldest first.</param>
/// <param name="Team">Team members, current and former.</param>
/// <param name="Timeline">Everything recorded in the case, oldest first.</param>
public sealed record ClientFileCase(
    string Number,
    string Status,
    DateOnly OpenedOn,
    string Reason,
    string ReferralSource,
    string? ResponsibleWorker,
    DateOnly? ClosedOn,
    string? ClosureReason,
    string? ClosingSummary,
    DateOnly? MonitoringOn,
    string? ArchiveReason,
    IReadOnlyList<ClientFileAssignment> Workers,
    IReadOnlyList<ClientFileTeamMember> Team,
    IReadOnlyList<ClientFileEvent> Timeline);

/// <summary>One period of a worker's responsibility for a case.</summary>
/// <param name="Worker">The worker's name.</param>
/// <param name="From">Start of the responsibility.</param>
/// <param name="Until">End of the responsibility; null while current.</param>
/// <param name="Reason">Why the case was given to this worker (null for the first assignment).</param>
public sealed record ClientFileAssignment(string Worker, DateTimeOffset From, DateTimeOffset? Until, string? Reason);

/// <summary>A team member of a case.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Role">Their role in the case, if stated.</param>
/// <param name="AddedAt">When they joined.</param>
/// <param name="RemovedAt">When they left; null while a member.</param>
public sealed record ClientFileTeamMember(string Name, string? Role, DateTimeOffset AddedAt, DateTimeOffset? RemovedAt);

/// <summary>One entry of a case timeline.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="Kind">What kind of entry (display text, e.g. "Lieta atvērta").</param>
/// <param name="Text">The entry's text.</param>
/// <param name="By">Who recorded it.</param>
public sealed record ClientFileEvent(DateTimeOffset At, string Kind, string Text, string By);

/// <summary>One audit entry about the client: who accessed or changed their data.</summary>
/// <param name="At">When.</param>
/// <param name="User">Who (name and user name).</param>
/// <param name="Action">What, in plain Latvian words.</param>
/// <param name="CaseNumber">The case concerned, if any.</param>
/// <param name="Reason">The reason the user gave, if any.</param>
public sealed record ClientFileAccess(DateTimeOffset At, string User, string Action, string? CaseNumber, string? Reason);
