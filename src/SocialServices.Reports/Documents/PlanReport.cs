namespace SocialServices.Reports.Documents;

/// <summary>
/// Input of <see cref="PlanDocument"/>: one revision of a client's plan (social rehabilitation, service or support
/// plan) for printing and signing. Plain data; every text is already in Latvian.
/// </summary>
/// <param name="OrganisationName">The provider: heading and page header.</param>
/// <param name="OrganisationDetails">Registration number and address in one line, if any.</param>
/// <param name="KindName">The plan's kind, e.g. "Sociālās rehabilitācijas plāns": the title.</param>
/// <param name="ClientName">The client.</param>
/// <param name="ClientPersonalCode">The client's personal identity code, if any.</param>
/// <param name="ClientBirthDate">The client's birth date, if known.</param>
/// <param name="CaseNumber">The case file's number, e.g. "2026/0007".</param>
/// <param name="ResponsibleWorker">The case's responsible social worker, if any.</param>
/// <param name="RevisionNumber">The revision printed (1, 2, ...).</param>
/// <param name="RevisedOn">The day of the revision.</param>
/// <param name="AuthorName">Who wrote the revision.</param>
/// <param name="Reason">Why the plan was revised; null for the first revision.</param>
/// <param name="ReviewOn">The next review (evaluation) of the plan.</param>
/// <param name="ReviewRule">How the review day was set, e.g. "ne vēlāk kā 12 mēnešus pēc plāna sastādīšanas".</param>
/// <param name="Problems">The problems the plan addresses.</param>
/// <param name="Goals">Goals with their tasks, in order.</param>
/// <param name="Services">Planned services and assistance.</param>
/// <param name="Institutions">Cooperating institutions.</param>
/// <param name="Meetings">Agreed meeting times.</param>
/// <param name="Agreement">The client's recorded agreement or refusal, if any.</param>
/// <param name="GeneratedBy">The user who printed the plan: page footer.</param>
/// <param name="GeneratedAt">When it was printed.</param>
public sealed record PlanReport(
    string OrganisationName,
    string? OrganisationDetails,
    string KindName,
    string ClientName,
    string? ClientPersonalCode,
    DateOnly? ClientBirthDate,
    string CaseNumber,
    string? ResponsibleWorker,
    int RevisionNumber,
    DateOnly RevisedOn,
    string AuthorName,
    string? Reason,
    DateOnly ReviewOn,
    string? ReviewRule,
    IReadOnlyList<string> Problems,
    IReadOnlyList<PlanReportGoal> Goals,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Institutions,
    IReadOnlyList<string> Meetings,
    PlanReportAgreement? Agreement,
    string GeneratedBy,
    DateTimeOffset GeneratedAt);

/// <summary>A goal of the plan with its tasks.</summary>
/// <param name="Number">1, 2, ... in the plan.</param>
/// <param name="Text">The goal.</param>
/// <param name="Tasks">Its tasks, in order.</param>
public sealed record PlanReportGoal(int Number, string Text, IReadOnlyList<PlanReportTask> Tasks);

/// <summary>A task: the measure, the deadline, the expected result and who is responsible.</summary>
/// <param name="Measure">What is done.</param>
/// <param name="Deadline">By when.</param>
/// <param name="ExpectedResult">What should come of it.</param>
/// <param name="Responsible">Who is responsible, e.g. "Anna Bērziņa (darbinieks)".</param>
/// <param name="Status">The task's status from the delivery records, if the plan is printed with it.</param>
public sealed record PlanReportTask(string Measure, DateOnly Deadline, string ExpectedResult, string Responsible, string? Status = null);

/// <summary>The client's agreement to the revision, or refusal.</summary>
/// <param name="AgreedOn">The day.</param>
/// <param name="Method">How, in words, e.g. "saskaņots mutiski" or "klients atteicās saskaņot".</param>
/// <param name="ClientComments">What the client said, if anything.</param>
public sealed record PlanReportAgreement(DateOnly AgreedOn, string Method, string? ClientComments);
