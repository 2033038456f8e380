using SocialServices.Domain.Common;

namespace SocialServices.Domain.Clients;

/// <summary>
/// A person receiving services (klients). Identified by the personal code where there is one;
/// archived, never deleted.
/// </summary>
public sealed class Client
{
    private readonly List<ClientRelation> _relations = [];
    private List<TargetGroup> _targetGroups = [];

    private Client()
    {
        RegisteredById = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
        SearchName = string.Empty;
    }

    public Client(int organisationId, ClientDetails details, string registeredById, DateTimeOffset registeredAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(registeredById);
        OrganisationId = organisationId;
        RegisteredById = registeredById;
        RegisteredAt = registeredAt;
        FirstName = string.Empty;
        LastName = string.Empty;
        SearchName = string.Empty;
        Update(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>The normalised personal code (<c>DDDDDD-DDDDD</c>), or null for a person without one.</summary>
    public string? PersonalCode { get; private set; }

    public string FirstName { get; private set; }
    public string LastName { get; private set; }

    /// <summary>"first last" folded to lower case without diacritics, for search.</summary>
    public string SearchName { get; private set; }

    public DateOnly? BirthDate { get; private set; }
    public Gender? Gender { get; private set; }
    public int? MunicipalityId { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    /// <summary>ISO 639-1 code of the language the client prefers (lv, ru, en, ...).</summary>
    public string? PreferredLanguage { get; private set; }

    public DisabilityGroup? DisabilityGroup { get; private set; }
    public DateOnly? DisabilityFrom { get; private set; }
    public DateOnly? DisabilityTo { get; private set; }
    public IReadOnlyList<TargetGroup> TargetGroups => _targetGroups;
    public string? Notes { get; private set; }

    /// <summary>When the client was informed about the processing of their personal data, and by whom.</summary>
    public DateOnly? DataProcessingInformedOn { get; private set; }

    public string? DataProcessingInformedBy { get; private set; }

    public string RegisteredById { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public bool IsArchived { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public string? ArchiveReason { get; private set; }

    public IReadOnlyList<ClientRelation> Relations => _relations;

    public string FullName => FirstName + " " + LastName;

    public void Update(ClientDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FirstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.LastName);
        if (details.DisabilityFrom is { } from && details.DisabilityTo is { } to && to < from)
        {
            throw new ArgumentException("The disability end date is before its start.", nameof(details));
        }

        PersonalCode = details.PersonalCode?.Value;
        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        SearchName = TextFolding.Fold(FirstName + " " + LastName);
        // An old-format code carries the birth date: it wins over what was typed.
        BirthDate = details.PersonalCode?.BirthDate ?? details.BirthDate;
        Gender = details.Gender;
        MunicipalityId = details.MunicipalityId;
        Address = Clean(details.Address);
        Phone = Clean(details.Phone);
        Email = Clean(details.Email);
        PreferredLanguage = Clean(details.PreferredLanguage);
        DisabilityGroup = details.DisabilityGroup;
        DisabilityFrom = details.DisabilityGroup is null ? null : details.DisabilityFrom;
        DisabilityTo = details.DisabilityGroup is null ? null : details.DisabilityTo;
        _targetGroups = details.TargetGroups.Distinct().Order().ToList();
        Notes = Clean(details.Notes);
    }

    public void RecordDataProcessingInformed(DateOnly on, string byUserName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserName);
        DataProcessingInformedOn = on;
        DataProcessingInformedBy = byUserName;
    }

    public int? AgeOn(DateOnly date) => Age.On(BirthDate, date);

    public ClientRelation AddRelation(RelationKind kind, bool isLegalRepresentative, bool livesInHousehold, int? relatedClientId, RelatedPerson? person, string? notes, DateTimeOffset at)
    {
        if (relatedClientId is null && person is null)
        {
            throw new ArgumentException("A relation names a client or a person.");
        }

        if (relatedClientId == Id && Id != 0)
        {
            throw new ArgumentException("A client cannot be related to themselves.", nameof(relatedClientId));
        }

        var relation = new ClientRelation(kind, isLegalRepresentative, livesInHousehold, relatedClientId, person, notes, at);
        _relations.Add(relation);
        return relation;
    }

    public void EndRelation(int relationId, DateTimeOffset at, string reason)
    {
        var relation = _relations.SingleOrDefault(r => r.Id == relationId) ?? throw new InvalidOperationException("No such relation.");
        relation.End(at, reason);
    }

    public void Archive(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsArchived)
        {
            throw new InvalidOperationException("The client is already archived.");
        }

        IsArchived = true;
        ArchivedAt = at;
        ArchiveReason = reason.Trim();
    }

    public void Restore()
    {
        if (!IsArchived)
        {
            throw new InvalidOperationException("The client is not archived.");
        }

        IsArchived = false;
        ArchivedAt = null;
        ArchiveReason = null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a registration or edit form sets on a client (the personal code already validated).</summary>
public sealed record ClientDetails(
    PersonalCode? PersonalCode,
    string FirstName,
    string LastName,
    DateOnly? BirthDate,
    Gender? Gender,
    int? MunicipalityId,
    string? Address,
    string? Phone,
    string? Email,
    string? PreferredLanguage,
    DisabilityGroup? DisabilityGroup,
    DateOnly? DisabilityFrom,
    DateOnly? DisabilityTo,
    IReadOnlyList<TargetGroup> TargetGroups,
    string? Notes);
