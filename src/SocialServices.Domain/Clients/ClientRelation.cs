namespace SocialServices.Domain.Clients;

/// <summary>
/// A family member or legal representative of a client: either another client of the provider
/// (<see cref="RelatedClientId"/>) or a person recorded only here (<see cref="Person"/>).
/// Relations are ended, never deleted.
/// </summary>
public sealed class ClientRelation
{
    private ClientRelation()
    {
    }

    internal ClientRelation(RelationKind kind, bool isLegalRepresentative, bool livesInHousehold, int? relatedClientId, RelatedPerson? person, string? notes, DateTimeOffset at)
    {
        Kind = kind;
        IsLegalRepresentative = isLegalRepresentative;
        LivesInHousehold = livesInHousehold;
        RelatedClientId = relatedClientId;
        Person = relatedClientId is null ? person : null;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public int ClientId { get; private set; }
    public RelationKind Kind { get; private set; }
    public bool IsLegalRepresentative { get; private set; }
    public bool LivesInHousehold { get; private set; }
    public int? RelatedClientId { get; private set; }
    public RelatedPerson? Person { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndReason { get; private set; }
    public bool IsCurrent => EndedAt is null;

    internal void End(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (EndedAt is not null)
        {
            throw new InvalidOperationException("The relation has already ended.");
        }

        EndedAt = at;
        EndReason = reason.Trim();
    }
}

/// <summary>A related person who is not a client: name, and birth date and personal code when known.</summary>
public sealed record RelatedPerson(string FirstName, string LastName, DateOnly? BirthDate, string? PersonalCode);
