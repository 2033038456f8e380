namespace SocialServices.Reports.Documents;

/// <summary>
/// Input of <see cref="AssessmentDocument"/>: one version of a needs and resources assessment. Plain data; every text is
/// already in Latvian. Exactly one of the instrument sections is present.
/// </summary>
/// <param name="OrganisationName">The provider: page header.</param>
/// <param name="GeneratedBy">Who exported it: page footer, PDF author.</param>
/// <param name="GeneratedAt">When it was exported.</param>
/// <param name="ClientName">The client.</param>
/// <param name="PersonalCode">The client's personal code, if any.</param>
/// <param name="CaseNumber">The case file's number.</param>
/// <param name="Instrument">The instrument's name, e.g. "Funkcionālās novērtēšanas skala („zirneklis”)".</param>
/// <param name="AssessedOn">The assessment's date.</param>
/// <param name="Assessor">Who made this version.</param>
/// <param name="Status">Status text, e.g. "Pabeigts" or "Melnraksts".</param>
/// <param name="VersionNumber">1 for the first version.</param>
/// <param name="CorrectionReason">Why this version corrects the previous one (null for the first).</param>
/// <param name="Completed">When and by whom it was completed, as text; null for a draft.</param>
/// <param name="SupersededNote">Set when a later version replaces this one.</param>
/// <param name="Initial">The initial social situation assessment's sections.</param>
/// <param name="Functional">The functional assessment.</param>
/// <param name="BasicNeeds">The basic needs assessment and resources scale.</param>
/// <param name="Risk">The risk-factor assessment.</param>
/// <param name="Problems">The identified problems.</param>
/// <param name="Versions">Every version of the assessment, first to newest.</param>
public sealed record AssessmentReport(
    string OrganisationName,
    string GeneratedBy,
    DateTimeOffset GeneratedAt,
    string ClientName,
    string? PersonalCode,
    string CaseNumber,
    string Instrument,
    DateOnly AssessedOn,
    string Assessor,
    string Status,
    int VersionNumber,
    string? CorrectionReason,
    string? Completed,
    string? SupersededNote,
    IReadOnlyList<AssessmentReportSection>? Initial,
    AssessmentReportFunctional? Functional,
    AssessmentReportNeeds? BasicNeeds,
    AssessmentReportRisk? Risk,
    IReadOnlyList<AssessmentReportProblem> Problems,
    IReadOnlyList<AssessmentReportVersion> Versions);

/// <summary>A heading and its text (null: not filled in).</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Text">What was written.</param>
public sealed record AssessmentReportSection(string Heading, string? Text);

/// <summary>The functional assessment: the scale, the radar chart and the scores.</summary>
/// <param name="ScaleNote">What the scale's values mean.</param>
/// <param name="Chart">The radar chart (the same geometry as on the page); null with fewer than three domains.</param>
/// <param name="Dates">Column headers of the scores: this assessment's date, then the earlier ones overlaid.</param>
/// <param name="Scores">One row per domain.</param>
public sealed record AssessmentReportFunctional(string ScaleNote, RadarDrawing? Chart, IReadOnlyList<string> Dates, IReadOnlyList<AssessmentReportScore> Scores);

/// <summary>A domain's scores (one per date column; null: not scored) and this assessment's comment.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Scores">The scores, in the order of <see cref="AssessmentReportFunctional.Dates"/>.</param>
/// <param name="Comment">The comment.</param>
public sealed record AssessmentReportScore(string Domain, IReadOnlyList<int?> Scores, string? Comment);

/// <summary>The basic needs and the resources scale.</summary>
/// <param name="Needs">Each basic need with how far it is met.</param>
/// <param name="Strengths">Strengths.</param>
/// <param name="Weaknesses">Weaknesses.</param>
/// <param name="InnerResources">Inner resources.</param>
/// <param name="OuterResources">Outer resources.</param>
public sealed record AssessmentReportNeeds(
    IReadOnlyList<AssessmentReportNeed> Needs,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Weaknesses,
    IReadOnlyList<string> InnerResources,
    IReadOnlyList<string> OuterResources);

/// <summary>A basic need.</summary>
/// <param name="Need">The need.</param>
/// <param name="Status">Met, partly met, not met (null: not rated).</param>
/// <param name="Comment">The comment.</param>
public sealed record AssessmentReportNeed(string Need, string? Status, string? Comment);

/// <summary>The risk-factor assessment: scores per item and family member, the coefficient and its level.</summary>
/// <param name="ScaleNote">What the scale's values mean.</param>
/// <param name="Members">Column headers: each family member with their relation to the client.</param>
/// <param name="Rows">One row per risk item.</param>
/// <param name="MemberAverages">Each member's average.</param>
/// <param name="Coefficient">The average of all scores given.</param>
/// <param name="Level">The level text, when completed.</param>
/// <param name="NextDue">When the next assessment is due, when completed.</param>
public sealed record AssessmentReportRisk(
    string ScaleNote,
    IReadOnlyList<string> Members,
    IReadOnlyList<AssessmentReportRiskRow> Rows,
    IReadOnlyList<decimal?> MemberAverages,
    decimal? Coefficient,
    string? Level,
    DateOnly? NextDue);

/// <summary>A risk item's scores, one per family member (null: not scored).</summary>
/// <param name="Item">The item.</param>
/// <param name="Scores">The scores.</param>
public sealed record AssessmentReportRiskRow(string Item, IReadOnlyList<int?> Scores);

/// <summary>An identified problem.</summary>
/// <param name="Definition">What the problem is.</param>
/// <param name="Causes">Its causes.</param>
/// <param name="Significance">How much it weighs.</param>
public sealed record AssessmentReportProblem(string Definition, string? Causes, string? Significance);

/// <summary>A version of the assessment.</summary>
/// <param name="Number">Version number.</param>
/// <param name="State">Draft, current, superseded.</param>
/// <param name="AssessedOn">Its date.</param>
/// <param name="Assessor">Who made it.</param>
/// <param name="Reason">Why it was made (corrections).</param>
public sealed record AssessmentReportVersion(int Number, string State, DateOnly AssessedOn, string Assessor, string? Reason);
