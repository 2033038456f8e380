namespace SocialServices.Domain.Community;

/// <summary>Where an adult stands towards a state long-term social care institution (deinstitutionalisation, seed 003).</summary>
public enum InstitutionStatus
{
    None = 0,
    LivesInInstitution = 1,
    LeavingInstitution = 2,
    AtRiskOfEntering = 3,
}

/// <summary>
/// The community-service facts of one client that the client record does not hold (issue 8): a diagnosed mental disorder and where
/// it is recorded, the client's position towards a state long-term care institution, a child's functional impairment and where it is
/// recorded. The disability group and its validity stay on the client; legal representatives and foster families are client relations.
/// One profile per client; changed in place (the audit log keeps every change).
/// </summary>
public sealed class CommunityProfile
{
    public const int MaxSourceLength = 300;

    private CommunityProfile()
    {
        UpdatedById = string.Empty;
    }

    public CommunityProfile(int clientId, CommunityFacts facts, string byId, DateTimeOffset at)
    {
        ClientId = clientId;
        UpdatedById = string.Empty;
        Update(facts, byId, at);
    }

    public int Id { get; private set; }
    public int ClientId { get; private set; }
    public bool MentalDisorder { get; private set; }

    /// <summary>Where the mental disorder is recorded (e.g. a psychiatrist's statement, its number and date).</summary>
    public string? MentalDisorderRecordedIn { get; private set; }

    public InstitutionStatus Institution { get; private set; }
    public bool FunctionalImpairment { get; private set; }

    /// <summary>Where the child's functional impairment is recorded (e.g. a VDEĀVK opinion).</summary>
    public string? FunctionalImpairmentRecordedIn { get; private set; }

    public string UpdatedById { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public CommunityFacts Facts => new(MentalDisorder, MentalDisorderRecordedIn, Institution, FunctionalImpairment, FunctionalImpairmentRecordedIn);

    public void Update(CommunityFacts facts, string byId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        MentalDisorder = facts.MentalDisorder;
        MentalDisorderRecordedIn = facts.MentalDisorder ? Clean(facts.MentalDisorderRecordedIn) : null;
        Institution = facts.Institution;
        FunctionalImpairment = facts.FunctionalImpairment;
        FunctionalImpairmentRecordedIn = facts.FunctionalImpairment ? Clean(facts.FunctionalImpairmentRecordedIn) : null;
        UpdatedById = byId;
        UpdatedAt = at;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The community-service facts as typed in.</summary>
public sealed record CommunityFacts(bool MentalDisorder, string? MentalDisorderRecordedIn, InstitutionStatus Institution, bool FunctionalImpairment, string? FunctionalImpairmentRecordedIn)
{
    public static readonly CommunityFacts None = new(false, null, InstitutionStatus.None, false, null);
}
