namespace SocialServices.Reports.Documents;

/// <summary>What a <see cref="DecisionLetter"/> decides: the outcome sentence and the subtitle of the letter.</summary>
public enum DecisionLetterOutcome
{
    /// <summary>The service is granted ("par sociālā pakalpojuma piešķiršanu").</summary>
    Granted = 1,

    /// <summary>The service is refused ("par atteikumu piešķirt sociālo pakalpojumu"); needs reasons.</summary>
    Refused = 2,

    /// <summary>The client is placed in the service's queue ("par uzņemšanu pakalpojuma saņemšanas rindā"); needs a queue position.</summary>
    Queued = 3,

    /// <summary>An earlier decision is revoked ("par iepriekš pieņemta lēmuma atcelšanu"); needs reasons.</summary>
    Revoked = 4,
}

/// <summary>
/// Input of <see cref="DecisionLetterDocument"/>: one decision on an application for a social service, as the
/// administrative act sent to the applicant. Plain data; every text is already in Latvian. Names are printed as given
/// (no declension).
/// </summary>
/// <param name="OrganisationName">The social service that decides: letterhead and page header.</param>
/// <param name="OrganisationRegistrationNumber">Its registration number, if any: letterhead.</param>
/// <param name="OrganisationAddress">Its address, if any: letterhead.</param>
/// <param name="MunicipalityName">
/// The municipality whose social office the application is for, as its official name ("Ādažu novads",
/// "Jelgavas valstspilsēta"): the place of the decision, and whose council hears an appeal
/// (see <see cref="DecisionLetterDocument.AppealText"/>).
/// </param>
/// <param name="DecisionNumber">Decision number, e.g. "L-2026/0012".</param>
/// <param name="DecidedOn">Date of the decision (a Latvian day).</param>
/// <param name="Outcome">What is decided.</param>
/// <param name="ApplicantName">Who applied (the client or the legal representative): the addressee.</param>
/// <param name="ApplicantAddress">The addressee's address, if known; may span lines.</param>
/// <param name="ClientName">The person the service is for; may equal <paramref name="ApplicantName"/>.</param>
/// <param name="ClientPersonalCode">The client's personal identity code, if any.</param>
/// <param name="SubmittedOn">When the application was submitted.</param>
/// <param name="ApplicationNumber">The application's registration number.</param>
/// <param name="DocumentsCompleteOn">When all required documents were in, if they are.</param>
/// <param name="ServiceName">The requested service, e.g. "Aprūpe mājās".</param>
/// <param name="ServiceCode">The service's catalogue code.</param>
/// <param name="Reasons">
/// The reasons ("Pamatojums"): required for <see cref="DecisionLetterOutcome.Refused"/> and
/// <see cref="DecisionLetterOutcome.Revoked"/>, optional otherwise. Paragraphs are separated by blank lines;
/// single line breaks are kept.
/// </param>
/// <param name="LegalBasis">The legal basis ("Tiesiskais pamats"): the laws and regulations applied.</param>
/// <param name="QueuePosition">The client's number in the queue: required for <see cref="DecisionLetterOutcome.Queued"/>, ignored otherwise.</param>
/// <param name="ServiceStart">When the service starts: <see cref="DecisionLetterOutcome.Granted"/> only, optional.</param>
/// <param name="ServicePlannedEnd">When the service is planned to end: <see cref="DecisionLetterOutcome.Granted"/> only, optional.</param>
/// <param name="Provider">Who provides the service: <see cref="DecisionLetterOutcome.Granted"/> only, optional.</param>
/// <param name="GroupName">The group the client joins: <see cref="DecisionLetterOutcome.Granted"/> only, optional.</param>
/// <param name="DeciderName">Who took the decision: signature block.</param>
/// <param name="DeciderPosition">The decider's position, e.g. "Sociālā dienesta vadītāja": signature block.</param>
/// <param name="GeneratedBy">The user who generated the letter: page footer, PDF author.</param>
/// <param name="GeneratedAt">When the letter was generated (shown in Latvian time).</param>
public sealed record DecisionLetter(
    string OrganisationName,
    string? OrganisationRegistrationNumber,
    string? OrganisationAddress,
    string MunicipalityName,
    string DecisionNumber,
    DateOnly DecidedOn,
    DecisionLetterOutcome Outcome,
    string ApplicantName,
    string? ApplicantAddress,
    string ClientName,
    string? ClientPersonalCode,
    DateOnly SubmittedOn,
    string ApplicationNumber,
    DateOnly? DocumentsCompleteOn,
    string ServiceName,
    string ServiceCode,
    string? Reasons,
    string LegalBasis,
    int? QueuePosition,
    DateOnly? ServiceStart,
    DateOnly? ServicePlannedEnd,
    string? Provider,
    string? GroupName,
    string DeciderName,
    string DeciderPosition,
    string GeneratedBy,
    DateTimeOffset GeneratedAt);
