using System.Globalization;
using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Assessments;

/// <summary>
/// A needs and resources assessment of a case file with one instrument (seed 001). It is written as a draft and then
/// completed; a completed assessment is read-only. A mistake found later is corrected by a new version (its number,
/// a link to the version it corrects and the reason); the corrected version stays readable and is marked superseded
/// when the new one is completed. Starting, completing and correcting appear in the case's timeline.
/// </summary>
public sealed class Assessment
{
    private IReadOnlyList<IdentifiedProblem> _problems = [];

    private Assessment()
    {
        AssessorId = string.Empty;
        AssessorName = string.Empty;
        Content = new AssessmentContent();
    }

    private Assessment(int caseFileId, int clientId, AssessmentKind kind, DateOnly assessedOn, AssessmentContent content, IReadOnlyList<IdentifiedProblem> problems, Actor by, DateTimeOffset at)
    {
        CaseFileId = caseFileId;
        ClientId = clientId;
        Kind = kind;
        AssessedOn = assessedOn;
        Content = content;
        _problems = problems;
        AssessorId = by.UserId;
        AssessorName = by.Name;
        Status = AssessmentStatus.Draft;
        VersionNumber = 1;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public int Id { get; private set; }
    public int CaseFileId { get; private set; }

    /// <summary>The case's client (kept here so a client's earlier assessments are found across their cases).</summary>
    public int ClientId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    /// <summary>The day the assessment was made (with the client, at home, ...).</summary>
    public DateOnly AssessedOn { get; private set; }

    /// <summary>Who made this version of the assessment, and their name as it was then.</summary>
    public string AssessorId { get; private set; }

    public string AssessorName { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>1 for the first version; each correction adds one.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The version this one corrects (null for the first version).</summary>
    public int? PreviousVersionId { get; private set; }

    /// <summary>The first version of the chain this one belongs to (null for the first version itself).</summary>
    public int? FirstVersionId { get; private set; }

    /// <summary>Why this version was made (required for a correction).</summary>
    public string? CorrectionReason { get; private set; }

    public AssessmentContent Content { get; private set; }

    /// <summary>The problems the assessment identified: definition, causes, significance.</summary>
    public IReadOnlyList<IdentifiedProblem> Problems => _problems;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The Latvian day the assessment was completed (the next risk assessment counts from it).</summary>
    public DateOnly? CompletedOn { get; private set; }

    public string? CompletedById { get; private set; }
    public string? CompletedByName { get; private set; }

    /// <summary>When a correction of this version was completed: from then on this version is history.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>Risk factors: the coefficient and level when completed (with the thresholds of that day).</summary>
    public decimal? RiskCoefficient { get; private set; }

    public RiskLevel? RiskLevel { get; private set; }

    /// <summary>Risk factors: when the next assessment is due.</summary>
    public DateOnly? NextDueOn { get; private set; }

    public bool IsCompleted => Status == AssessmentStatus.Completed;

    public bool IsSuperseded => SupersededAt is not null;

    /// <summary>A correction may be made of a completed version that has not been corrected already.</summary>
    public bool CanBeCorrected => IsCompleted && !IsSuperseded;

    /// <summary>Starts a draft (version 1) of an open case and puts "assessment started" into its timeline.</summary>
    public static Assessment Start(CaseFile caseFile, AssessmentKind kind, DateOnly assessedOn, AssessmentContent content, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(by);
        if (caseFile.Status != CaseStatus.Open || caseFile.IsArchived)
        {
            throw new InvalidOperationException("An assessment is started in an open case.");
        }

        if (!Enum.IsDefined(kind) || !content.Fits(kind))
        {
            throw new ArgumentException("The content does not fit the instrument.", nameof(content));
        }

        CheckDate(caseFile, assessedOn);
        CheckScores(content);
        var assessment = new Assessment(caseFile.Id, caseFile.ClientId, kind, assessedOn, content, [], by, at);
        caseFile.RecordServiceEvent(CaseEventKind.AssessmentStarted, assessment.Describe(), by, at);
        return assessment;
    }

    /// <summary>Saves what the form holds; only a draft changes. The fixed lists (domains, items, members) stay as they are.</summary>
    public void SaveDraft(DateOnly assessedOn, AssessmentContent content, IReadOnlyList<IdentifiedProblem> problems, CaseFile caseFile, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(by);
        EnsureDraftOf(caseFile);
        if (!content.Fits(Kind) || !content.SameShapeAs(Content))
        {
            throw new ArgumentException("The content does not fit this assessment's instrument or its fixed lists.", nameof(content));
        }

        CheckDate(caseFile, assessedOn);
        CheckScores(content);
        AssessedOn = assessedOn;
        Content = content;
        _problems = problems.Select(p => p with { Definition = p.Definition.Trim() }).ToList();
        UpdatedAt = at;
    }

    /// <summary>What keeps the draft from being completed (empty: it can be completed).</summary>
    public IReadOnlyList<CompletionGap> CompletionGaps()
    {
        var gaps = new List<CompletionGap>();
        switch (Kind)
        {
            case AssessmentKind.InitialSocialSituation:
                var initial = Content.Initial!;
                if (Blank(initial.Social) && Blank(initial.Psychological) && Blank(initial.Physical))
                {
                    gaps.Add(CompletionGap.FunctioningMissing);
                }

                if (Blank(initial.Conclusion))
                {
                    gaps.Add(CompletionGap.ConclusionMissing);
                }

                break;
            case AssessmentKind.Functional:
                if (Content.Functional!.ScoredCount < FunctionalScale.MinimumScored)
                {
                    gaps.Add(CompletionGap.TooFewScores);
                }

                break;
            case AssessmentKind.BasicNeedsAndResources:
                if (Content.BasicNeeds!.Needs.Any(n => n.Status is null))
                {
                    gaps.Add(CompletionGap.NeedsNotRated);
                }

                break;
            case AssessmentKind.RiskFactors:
                if (Content.Risk!.Coefficient is null)
                {
                    gaps.Add(CompletionGap.NoRiskScores);
                }

                break;
        }

        if (_problems.Any(p => Blank(p.Definition)))
        {
            gaps.Add(CompletionGap.ProblemWithoutDefinition);
        }

        return gaps;
    }

    /// <summary>
    /// Completes the draft: from now on it is read-only. A correction supersedes <paramref name="previous"/> (the version
    /// it corrects). A risk-factor assessment gets its coefficient, level and the date the next one is due.
    /// </summary>
    public void Complete(CaseFile caseFile, Assessment? previous, DateOnly completedOn, RiskThresholds thresholds, int riskRepeatMonths, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(by);
        EnsureDraftOf(caseFile);
        if (CompletionGaps().Count > 0)
        {
            throw new InvalidOperationException("The draft is not complete: " + string.Join(", ", CompletionGaps()));
        }

        if (PreviousVersionId is not null)
        {
            if (previous is null || previous.Id != PreviousVersionId || !previous.CanBeCorrected)
            {
                throw new InvalidOperationException("A correction supersedes the completed version it corrects.");
            }

            previous.SupersededAt = at;
        }
        else if (previous is not null)
        {
            throw new ArgumentException("A first version corrects nothing.", nameof(previous));
        }

        if (Kind == AssessmentKind.RiskFactors)
        {
            RiskCoefficient = Content.Risk!.Coefficient;
            RiskLevel = thresholds.LevelOf(RiskCoefficient!.Value);
            NextDueOn = RiskSchedule.NextDue(completedOn, riskRepeatMonths);
        }

        Status = AssessmentStatus.Completed;
        CompletedAt = at;
        CompletedOn = completedOn;
        CompletedById = by.UserId;
        CompletedByName = by.Name;
        UpdatedAt = at;
        if (PreviousVersionId is null)
        {
            caseFile.RecordServiceEvent(CaseEventKind.AssessmentCompleted, Describe() + Outcome(), by, at);
        }
        else
        {
            caseFile.RecordServiceEvent(CaseEventKind.AssessmentCorrected,
                Describe() + string.Create(CultureInfo.InvariantCulture, $", {VersionNumber}. versija") + Outcome() + ". Labojuma iemesls: " + CorrectionReason, by, at);
        }
    }

    /// <summary>
    /// Starts a correction: a new draft version with this version's content, its number one higher, a link back and the
    /// reason. This version stays as it is (and current) until the correction is completed.
    /// </summary>
    public Assessment Correct(CaseFile caseFile, string reason, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        if (caseFile.Id != CaseFileId || caseFile.IsArchived)
        {
            throw new InvalidOperationException("The assessment's case is archived or another case.");
        }

        if (!CanBeCorrected)
        {
            throw new InvalidOperationException("Only a completed, current version is corrected.");
        }

        if (Id == 0)
        {
            throw new InvalidOperationException("Only a saved assessment is corrected.");
        }

        return new Assessment(CaseFileId, ClientId, Kind, AssessedOn, Content, _problems.ToList(), by, at)
        {
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            FirstVersionId = FirstVersionId ?? Id,
            CorrectionReason = reason.Trim(),
        };
    }

    /// <summary>The instrument and date in Latvian, as the timeline shows them.</summary>
    public string Describe() => KindNames.Latvian(Kind) + ", " + AssessedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private string Outcome() => RiskCoefficient is { } coefficient
        ? "; riska koeficients " + coefficient.ToString("0.00", Latvian) + " (" + KindNames.Latvian(RiskLevel!.Value) + "), nākamais novērtējums līdz "
          + NextDueOn!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
        : string.Empty;

    private static readonly CultureInfo Latvian = CultureInfo.GetCultureInfo("lv-LV");

    private void EnsureDraftOf(CaseFile caseFile)
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new InvalidOperationException("A completed assessment is read-only; correct it with a new version.");
        }

        if (caseFile.Id != CaseFileId || caseFile.IsArchived)
        {
            throw new InvalidOperationException("The assessment's case is archived or another case.");
        }
    }

    private static void CheckDate(CaseFile caseFile, DateOnly assessedOn)
    {
        if (assessedOn < caseFile.OpenedOn)
        {
            throw new ArgumentException("An assessment is not dated before its case opened.", nameof(assessedOn));
        }
    }

    private static void CheckScores(AssessmentContent content)
    {
        if (content.Functional is { } functional && functional.Scores.Any(s => s.Score is { } score && !FunctionalScale.IsValid(score)))
        {
            throw new ArgumentOutOfRangeException(nameof(content), "Functional scores are 1 to 5.");
        }

        if (content.Risk is { } risk && risk.Rows.Any(r => r.Scores.Count != risk.Members.Count || r.Scores.Any(s => s is { } score && !RiskScale.IsValid(score))))
        {
            throw new ArgumentOutOfRangeException(nameof(content), "Risk scores are 0 to 3, one per family member.");
        }
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}

/// <summary>The instruments' and levels' Latvian names, as stored in timeline texts and printed in PDFs.</summary>
public static class KindNames
{
    public static string Latvian(AssessmentKind kind) => kind switch
    {
        AssessmentKind.InitialSocialSituation => "Sākotnējais sociālās situācijas novērtējums",
        AssessmentKind.Functional => "Funkcionālās novērtēšanas skala („zirneklis”)",
        AssessmentKind.BasicNeedsAndResources => "Pamatvajadzību un resursu novērtējums",
        AssessmentKind.RiskFactors => "Riska faktoru novērtējums ģimenei ar bērniem",
        _ => kind.ToString(),
    };

    public static string Latvian(RiskLevel level) => level switch
    {
        RiskLevel.Low => "zems",
        RiskLevel.Medium => "vidējs",
        RiskLevel.High => "augsts",
        _ => level.ToString(),
    };
}
