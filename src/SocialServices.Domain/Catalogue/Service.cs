using SocialServices.Domain.Eligibility;

namespace SocialServices.Domain.Catalogue;

/// <summary>
/// An entry of the service catalogue: a generic service type, or a group programme with its
/// number of sessions and the people it is for (seed 002 §6.1). Services are retired, never deleted.
/// </summary>
public sealed class Service
{
    private List<string> _requiredDocuments = [];

    private Service()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Service(string code, string name, ServiceType type, FundingSource funding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code.Trim();
        Name = name.Trim();
        Type = type;
        Funding = funding;
        IsActive = true;
    }

    public int Id { get; private set; }

    /// <summary>A stable short code, e.g. the programme number of seed 002 ("6.1.3").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }
    public ServiceType Type { get; private set; }
    public FundingSource Funding { get; private set; }
    public string? Description { get; private set; }

    /// <summary>Who may receive it, in the words of the source document.</summary>
    public string? TargetGroup { get; private set; }

    /// <summary>Number of sessions of a group programme; null when it is open-ended.</summary>
    public int? SessionCount { get; private set; }

    /// <summary>How often a programme meets when it has no fixed number of sessions (e.g. "reizi mēnesī").</summary>
    public string? Frequency { get; private set; }

    public int? PlannedGroupSize { get; private set; }

    /// <summary>Who provides it (the provider organisation or a partner), when it is not the organisation itself.</summary>
    public string? Provider { get; private set; }

    /// <summary>Where it is provided (address, room).</summary>
    public string? Location { get; private set; }

    /// <summary>Documents an application for this service needs besides the application itself.</summary>
    public IReadOnlyList<string> RequiredDocuments => _requiredDocuments;

    /// <summary>Who may receive it, as rules (combined with AND); eligibility advises, the manager decides.</summary>
    public IReadOnlyList<EligibilityRequirement> Rules { get; private set; } = [];

    public bool IsActive { get; private set; }

    public bool IsGroupProgramme => Type == ServiceType.EducationalAndSupportGroup;

    public Service AsGroupProgramme(string targetGroup, int? sessionCount, string? frequency, int? plannedGroupSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetGroup);
        if (sessionCount is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sessionCount), "A programme has at least one session.");
        }

        if (plannedGroupSize is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(plannedGroupSize), "A planned group has at least one member.");
        }

        if (sessionCount is null && string.IsNullOrWhiteSpace(frequency))
        {
            throw new ArgumentException("A programme without a session count needs a frequency.", nameof(frequency));
        }

        TargetGroup = targetGroup.Trim();
        SessionCount = sessionCount;
        Frequency = string.IsNullOrWhiteSpace(frequency) ? null : frequency.Trim();
        PlannedGroupSize = plannedGroupSize;
        return this;
    }

    public Service Describe(string? description)
    {
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        return this;
    }

    public Service WithRequirements(IEnumerable<string> requiredDocuments, IEnumerable<EligibilityRequirement> rules)
    {
        ArgumentNullException.ThrowIfNull(requiredDocuments);
        ArgumentNullException.ThrowIfNull(rules);
        _requiredDocuments = requiredDocuments.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Rules = rules.ToList();
        return this;
    }

    /// <summary>An administrator's edit of the whole entry (the code stays).</summary>
    public void Update(ServiceDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        Name = details.Name.Trim();
        Type = details.Type;
        Funding = details.Funding;
        Provider = Clean(details.Provider);
        Location = Clean(details.Location);
        Description = Clean(details.Description);
        if (details.Type == ServiceType.EducationalAndSupportGroup)
        {
            AsGroupProgramme(details.TargetGroup ?? string.Empty, details.SessionCount, details.Frequency, details.PlannedGroupSize);
        }
        else
        {
            TargetGroup = Clean(details.TargetGroup);
            SessionCount = null;
            Frequency = null;
            PlannedGroupSize = null;
        }

        WithRequirements(details.RequiredDocuments, details.Rules);
    }

    public void Retire() => IsActive = false;

    public void Reinstate() => IsActive = true;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What the catalogue form sets on a service. A group programme needs a target group and a session count or a frequency.</summary>
public sealed record ServiceDetails(
    string Name,
    ServiceType Type,
    FundingSource Funding,
    string? Provider,
    string? Location,
    string? Description,
    string? TargetGroup,
    int? SessionCount,
    string? Frequency,
    int? PlannedGroupSize,
    IReadOnlyList<string> RequiredDocuments,
    IReadOnlyList<EligibilityRequirement> Rules);
