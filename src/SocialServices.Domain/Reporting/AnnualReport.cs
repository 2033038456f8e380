namespace SocialServices.Domain.Reporting;

/// <summary>Where an annual report stands.</summary>
public enum AnnualReportStatus
{
    /// <summary>Figures are computed live; the manager writes the free texts.</summary>
    Draft = 1,

    /// <summary>Marked final: its figures are the stored snapshot; later changes to records do not change it.</summary>
    Final = 2,

    /// <summary>A final report replaced by a later final version (kept, readable).</summary>
    Superseded = 3,
}

/// <summary>
/// The provider's annual report on a contract for a calendar year (002 §11.1.3), in versions. A draft computes its
/// figures from the records each time; marking it final stores the computed snapshot, which never changes again. A
/// correction is a new version, made with a reason; when it is marked final, the earlier final version is superseded.
/// </summary>
public sealed class AnnualReport
{
    public const int MaxTextLength = 20000;
    public const int MaxReasonLength = 1000;

    private AnnualReport()
    {
        CreatedById = string.Empty;
        CreatedByName = string.Empty;
    }

    public AnnualReport(int organisationId, int contractId, int year, int versionNumber, string? reason, string? resultsText, string? otherText, string byId, string byName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        ArgumentException.ThrowIfNullOrWhiteSpace(byName);
        ArgumentOutOfRangeException.ThrowIfLessThan(versionNumber, 1);
        if (versionNumber > 1 && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A new version of a report says why.", nameof(reason));
        }

        OrganisationId = organisationId;
        ContractId = contractId;
        Year = year;
        VersionNumber = versionNumber;
        Reason = Clean(reason, MaxReasonLength);
        Status = AnnualReportStatus.Draft;
        ResultsText = Clean(resultsText, MaxTextLength);
        OtherText = Clean(otherText, MaxTextLength);
        CreatedById = byId;
        CreatedByName = byName;
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ContractId { get; private set; }
    public int Year { get; private set; }
    public int VersionNumber { get; private set; }

    /// <summary>Why this version was made (null for the first).</summary>
    public string? Reason { get; private set; }

    public AnnualReportStatus Status { get; private set; }

    /// <summary>Section 1: the manager's words on the delegated task and the results reached.</summary>
    public string? ResultsText { get; private set; }

    /// <summary>Section 7: other information the provider finds important.</summary>
    public string? OtherText { get; private set; }

    /// <summary>The computed figures as stored when marked final (JSON); null while a draft.</summary>
    public string? Snapshot { get; private set; }

    public string CreatedById { get; private set; }
    public string CreatedByName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? FinalisedById { get; private set; }
    public string? FinalisedByName { get; private set; }
    public DateTimeOffset? FinalisedAt { get; private set; }

    public bool IsDraft => Status == AnnualReportStatus.Draft;

    public void EditTexts(string? resultsText, string? otherText)
    {
        RequireDraft();
        ResultsText = Clean(resultsText, MaxTextLength);
        OtherText = Clean(otherText, MaxTextLength);
    }

    /// <summary>Freezes the report with the figures computed now.</summary>
    public void Finalise(string snapshot, string byId, string byName, DateTimeOffset at)
    {
        RequireDraft();
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        ArgumentException.ThrowIfNullOrWhiteSpace(byName);
        Snapshot = snapshot;
        Status = AnnualReportStatus.Final;
        FinalisedById = byId;
        FinalisedByName = byName;
        FinalisedAt = at;
    }

    /// <summary>A later version was marked final.</summary>
    public void Supersede()
    {
        if (Status != AnnualReportStatus.Final)
        {
            throw new InvalidOperationException("Only a final report is superseded.");
        }

        Status = AnnualReportStatus.Superseded;
    }

    /// <summary>Starts the next version (a draft) of a final report, carrying its texts over.</summary>
    public AnnualReport NextVersion(string reason, string byId, string byName, DateTimeOffset at)
    {
        if (Status == AnnualReportStatus.Draft)
        {
            throw new InvalidOperationException("A draft is edited, not versioned.");
        }

        return new AnnualReport(OrganisationId, ContractId, Year, VersionNumber + 1, reason, ResultsText, OtherText, byId, byName, at);
    }

    private void RequireDraft()
    {
        if (Status != AnnualReportStatus.Draft)
        {
            throw new InvalidOperationException("A final report is frozen; make a new version.");
        }
    }

    private static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : throw new ArgumentException("The text is too long.", nameof(text));
    }
}
