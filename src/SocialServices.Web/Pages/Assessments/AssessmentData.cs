using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>What every assessment page shows on top: the assessment's header and its case, read within the user's scope.</summary>
public sealed record AssessmentHeader(
    int Id,
    CaseSummary Case,
    AssessmentKind Kind,
    AssessmentStatus Status,
    DateOnly AssessedOn,
    string AssessorName,
    int VersionNumber,
    int? PreviousVersionId,
    string? CorrectionReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedByName,
    DateTimeOffset? SupersededAt,
    int? SuccessorId,
    AssessmentStatus? SuccessorStatus,
    uint Version)
{
    public bool IsDraft => Status == AssessmentStatus.Draft;

    /// <summary>A draft of a case the user may change (not archived).</summary>
    public bool CanEdit => Case.CanEdit && !Case.IsArchived && IsDraft;

    /// <summary>A completed, current version without a correction under way, of a case the user may change.</summary>
    public bool CanCorrect => Case.CanEdit && !Case.IsArchived && Status == AssessmentStatus.Completed && SupersededAt is null && SuccessorId is null;
}

/// <summary>One version of an assessment in its history.</summary>
public sealed record AssessmentVersionView(int Id, int VersionNumber, AssessmentStatus Status, DateOnly AssessedOn, string AssessorName, string? CorrectionReason,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, DateTimeOffset? SupersededAt);

/// <summary>An earlier completed functional assessment of the same client, overlaid on the radar chart.</summary>
public sealed record FunctionalOverlay(int Id, DateOnly AssessedOn, IReadOnlyList<FunctionalScore> Scores);

/// <summary>Queries shared by the assessment pages; each starts from <see cref="AccessScope"/>, so an assessment out of scope is "not found".</summary>
public static class AssessmentData
{
    public const int LongTextMaxLength = 4000;
    public const int CommentMaxLength = 1000;
    public const int ListItemMaxLength = 500;
    public const int MaxRows = 30;
    public const int ProblemDefinitionMaxLength = 1000;
    public const int ProblemCausesMaxLength = 2000;
    public const int ReasonMaxLength = 2000;

    /// <summary>How many earlier functional assessments the radar chart overlays at most.</summary>
    public const int OverlayCount = 3;

    /// <summary>Assessments of cases in the user's scope.</summary>
    public static IQueryable<Assessment> InScope(AccessScope scope, AppDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        var cases = scope.Cases(user).Select(c => c.Id);
        return db.Assessments.Where(a => cases.Contains(a.CaseFileId));
    }

    public static async Task<AssessmentHeader?> HeaderAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        // The successor by a join on previous_version_id (unique): a subquery with FirstOrDefault() would be a window over all assessments.
        var row = await InScope(scope, db, user).AsNoTracking().Where(a => a.Id == id)
            .LeftJoin(db.Assessments, a => (int?)a.Id, s => s.PreviousVersionId, (a, s) => new
            {
                a.Id,
                a.CaseFileId,
                a.Kind,
                a.Status,
                a.AssessedOn,
                a.AssessorName,
                a.VersionNumber,
                a.PreviousVersionId,
                a.CorrectionReason,
                a.CreatedAt,
                a.CompletedAt,
                a.CompletedByName,
                a.SupersededAt,
                Successor = s == null ? null : new { s.Id, s.Status },
                Version = EF.Property<uint>(a, "Version"),
            }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var summary = await CaseData.SummaryAsync(scope, db, user, row.CaseFileId, ct);
        return summary is null
            ? null
            : new AssessmentHeader(row.Id, summary, row.Kind, row.Status, row.AssessedOn, row.AssessorName, row.VersionNumber, row.PreviousVersionId, row.CorrectionReason,
                row.CreatedAt, row.CompletedAt, row.CompletedByName, row.SupersededAt, row.Successor?.Id, row.Successor?.Status, row.Version);
    }

    /// <summary>The assessment, tracked, if it is in the user's scope.</summary>
    public static Task<Assessment?> LoadForChangeAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        InScope(scope, db, user).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>False when the stored version differs from the one the form carried; otherwise arms the check for the save.</summary>
    public static bool VersionMatches(AppDbContext db, Assessment assessment, uint posted) => RowVersion.Matches(db, assessment, posted);

    /// <summary>Every version of the assessment's line (first to newest).</summary>
    public static async Task<List<AssessmentVersionView>> VersionsAsync(AppDbContext db, Assessment assessment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assessment);
        var first = assessment.FirstVersionId ?? assessment.Id;
        return await db.Assessments.AsNoTracking()
            .Where(a => a.Id == first || a.FirstVersionId == first)
            .OrderBy(a => a.VersionNumber)
            .Select(a => new AssessmentVersionView(a.Id, a.VersionNumber, a.Status, a.AssessedOn, a.AssessorName, a.CorrectionReason, a.CreatedAt, a.CompletedAt, a.SupersededAt))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The client's earlier completed functional assessments (current versions, from any of the client's cases), newest
    /// first, at most <see cref="OverlayCount"/>: what the radar chart compares with.
    /// </summary>
    public static async Task<List<FunctionalOverlay>> EarlierFunctionalAsync(AppDbContext db, Assessment assessment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Kind != AssessmentKind.Functional)
        {
            return [];
        }

        var first = assessment.FirstVersionId ?? assessment.Id;
        var rows = await db.Assessments.AsNoTracking()
            .Where(a => a.ClientId == assessment.ClientId && a.Kind == AssessmentKind.Functional && a.Status == AssessmentStatus.Completed && a.SupersededAt == null
                        && a.Id != first && a.FirstVersionId != first
                        && (a.AssessedOn < assessment.AssessedOn || (a.AssessedOn == assessment.AssessedOn && a.Id < assessment.Id)))
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id)
            .Take(OverlayCount)
            .ToListAsync(ct);
        return rows.Select(a => new FunctionalOverlay(a.Id, a.AssessedOn, a.Content.Functional!.Scores)).ToList();
    }

    /// <summary>
    /// The radar chart of a functional assessment with earlier ones overlaid: the axes are this assessment's domains;
    /// an earlier score is matched by domain (a domain it did not have is left open). Null with fewer than three domains.
    /// </summary>
    public static RadarGeometry? Radar(FunctionalContent content, IReadOnlyList<FunctionalOverlay> earlier, string currentLabel, Func<DateOnly, string> earlierLabel)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(earlierLabel);
        if (content.Scores.Count < FunctionalScale.MinimumScored)
        {
            return null;
        }

        var series = new List<RadarSeriesInput> { new(currentLabel, content.Scores.Select(s => s.Score).ToList()) };
        series.AddRange(earlier.Select(e => new RadarSeriesInput(earlierLabel(e.AssessedOn),
            content.Scores.Select(s => e.Scores.FirstOrDefault(x => x.DomainId == s.DomainId)?.Score).ToList())));
        return RadarChart.Compute(content.Scores.Select(s => s.Domain).ToList(), series, RadarFrame.Standard);
    }
}
