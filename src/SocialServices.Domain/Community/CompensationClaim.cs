namespace SocialServices.Domain.Community;

/// <summary>Where a monthly compensation claim stands.</summary>
public enum ClaimStatus
{
    /// <summary>Rows are computed from the units each time it is opened.</summary>
    Draft = 1,

    /// <summary>Sent to the municipality: its rows are the stored snapshot; later unit changes do not alter it.</summary>
    Submitted = 2,

    /// <summary>A submitted claim replaced by a later submitted version (kept, readable).</summary>
    Superseded = 3,
}

/// <summary>
/// A municipality's monthly compensation claim for community-based services (seed 003), in versions. A draft computes
/// its rows live; submitting stores them (and the total) as a snapshot that never changes again. A correction is a new
/// version made with a reason; when it is submitted, the earlier submitted version is superseded.
/// </summary>
public sealed class CompensationClaim
{
    public const int MaxReasonLength = 1000;

    private CompensationClaim()
    {
        CreatedById = string.Empty;
        CreatedByName = string.Empty;
    }

    public CompensationClaim(int organisationId, int municipalityId, DateOnly month, int versionNumber, string? reason, string byId, string byName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        ArgumentException.ThrowIfNullOrWhiteSpace(byName);
        ArgumentOutOfRangeException.ThrowIfLessThan(versionNumber, 1);
        if (versionNumber > 1 && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A corrected claim says why.", nameof(reason));
        }

        if (reason is not null && reason.Trim().Length > MaxReasonLength)
        {
            throw new ArgumentException("The reason is too long.", nameof(reason));
        }

        OrganisationId = organisationId;
        MunicipalityId = municipalityId;
        Month = TwoYearLimit.MonthOf(month);
        VersionNumber = versionNumber;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Status = ClaimStatus.Draft;
        CreatedById = byId;
        CreatedByName = byName;
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int MunicipalityId { get; private set; }

    /// <summary>The first day of the claimed month.</summary>
    public DateOnly Month { get; private set; }

    public int VersionNumber { get; private set; }

    /// <summary>Why this version was made (null for the first).</summary>
    public string? Reason { get; private set; }

    public ClaimStatus Status { get; private set; }

    /// <summary>The rows as submitted (JSON); null while a draft.</summary>
    public string? Snapshot { get; private set; }

    /// <summary>The submitted total in euros; null while a draft.</summary>
    public decimal? Total { get; private set; }

    public string CreatedById { get; private set; }
    public string CreatedByName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? SubmittedById { get; private set; }
    public string? SubmittedByName { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsDraft => Status == ClaimStatus.Draft;

    /// <summary>Freezes the claim with the rows computed now.</summary>
    public void Submit(string snapshot, decimal total, string byId, string byName, DateTimeOffset at)
    {
        if (Status != ClaimStatus.Draft)
        {
            throw new InvalidOperationException("A submitted claim is frozen; make a new version.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        ArgumentException.ThrowIfNullOrWhiteSpace(byName);
        Snapshot = snapshot;
        Total = total;
        Status = ClaimStatus.Submitted;
        SubmittedById = byId;
        SubmittedByName = byName;
        SubmittedAt = at;
    }

    /// <summary>A later version was submitted.</summary>
    public void Supersede()
    {
        if (Status != ClaimStatus.Submitted)
        {
            throw new InvalidOperationException("Only a submitted claim is superseded.");
        }

        Status = ClaimStatus.Superseded;
    }

    /// <summary>Starts the correction (a draft) of a submitted claim.</summary>
    public CompensationClaim NextVersion(int versionNumber, string reason, string byId, string byName, DateTimeOffset at)
    {
        if (Status == ClaimStatus.Draft)
        {
            throw new InvalidOperationException("A draft is recomputed, not versioned.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new CompensationClaim(OrganisationId, MunicipalityId, Month, versionNumber, reason, byId, byName, at);
    }
}
