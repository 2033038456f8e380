namespace SocialServices.Reports.Documents;

/// <summary>Input of <see cref="CompensationClaimDocument"/>: a municipality's monthly compensation claim for community-based services.</summary>
/// <param name="OrganisationName">The provider (page header).</param>
/// <param name="OrganisationDetails">Registration number and address.</param>
/// <param name="GeneratedBy">Who exported it (footer).</param>
/// <param name="GeneratedAt">When.</param>
/// <param name="Municipality">The municipality claimed from.</param>
/// <param name="MunicipalityCode">Its ATVK code.</param>
/// <param name="Year">The claimed month's year.</param>
/// <param name="Month">The claimed month (1-12).</param>
/// <param name="VersionNumber">The claim's version.</param>
/// <param name="Status">"melnraksts", "iesniegts", "aizstāts" (Latvian).</param>
/// <param name="Reason">Why this version was made (corrections).</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="SubmittedAt">When.</param>
/// <param name="Lines">The rows: persons by personal code, never by name.</param>
public sealed record CompensationClaimReport(
    string OrganisationName,
    string OrganisationDetails,
    string GeneratedBy,
    DateTimeOffset GeneratedAt,
    string Municipality,
    string MunicipalityCode,
    int Year,
    int Month,
    int VersionNumber,
    string Status,
    string? Reason,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<CompensationClaimLine> Lines);

/// <summary>A person and a service in the month: units, the unit cost(s) applied, the actual cost when procured, the compensation.</summary>
public sealed record CompensationClaimLine(string Person, string Service, string Unit, decimal Units, string UnitCosts, decimal? ActualAmount, decimal Amount);
