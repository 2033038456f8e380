using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Connections;

/// <summary>
/// A client's connection with someone outside the household (school, orphan's court, employer, friends, ...): what the
/// ecomap draws. Kept for the case file: a connection that no longer exists is ended with a date, never deleted.
/// </summary>
public sealed class OutsideConnection
{
    public const int NameMaxLength = 200;
    public const int NotesMaxLength = 2000;
    public const int EndReasonMaxLength = 1000;

    private OutsideConnection()
    {
        Name = string.Empty;
        CreatedById = string.Empty;
        CreatedByName = string.Empty;
    }

    public OutsideConnection(int clientId, ConnectionDetails details, Actor by, DateTimeOffset at)
        : this()
    {
        ArgumentNullException.ThrowIfNull(by);
        ClientId = clientId;
        CreatedAt = at;
        CreatedById = by.UserId;
        CreatedByName = by.Name;
        Apply(details);
    }

    public int Id { get; private set; }
    public int ClientId { get; private set; }
    public ConnectionKind Kind { get; private set; }

    /// <summary>The institution or person ("Jelgavas 4. sākumskola", "kaimiņiene Anna").</summary>
    public string Name { get; private set; }

    public ConnectionStrength Strength { get; private set; }
    public SupportDirection Direction { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>Since when the connection exists, when known.</summary>
    public DateOnly? StartedOn { get; private set; }

    /// <summary>When the connection ended; null while it lasts.</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedById { get; private set; }
    public string CreatedByName { get; private set; }
    public DateTimeOffset? ChangedAt { get; private set; }
    public string? ChangedById { get; private set; }
    public string? ChangedByName { get; private set; }

    public bool IsEnded => EndedOn is not null;

    public ConnectionDetails Details => new(Kind, Name, Strength, Direction, Notes, StartedOn);

    /// <summary>Changes what is recorded; false when nothing differs. An ended connection is kept as it was.</summary>
    public bool Update(ConnectionDetails details, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(by);
        if (IsEnded)
        {
            throw new InvalidOperationException("An ended connection is not changed.");
        }

        var before = Details;
        Apply(details);
        if (Details == before)
        {
            return false;
        }

        ChangedAt = at;
        ChangedById = by.UserId;
        ChangedByName = by.Name;
        return true;
    }

    public void End(DateOnly on, string? reason, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsEnded)
        {
            throw new InvalidOperationException("The connection has already ended.");
        }

        if (StartedOn is { } started && on < started)
        {
            throw new ArgumentException("A connection cannot end before it started.", nameof(on));
        }

        EndedOn = on;
        EndReason = Clean(reason);
        ChangedAt = at;
        ChangedById = by.UserId;
        ChangedByName = by.Name;
    }

    private void Apply(ConnectionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        if (!Enum.IsDefined(details.Kind) || !Enum.IsDefined(details.Strength) || !Enum.IsDefined(details.Direction))
        {
            throw new ArgumentOutOfRangeException(nameof(details), "Unknown kind, strength or direction.");
        }

        Kind = details.Kind;
        Name = details.Name.Trim();
        Strength = details.Strength;
        Direction = details.Direction;
        Notes = Clean(details.Notes);
        StartedOn = details.StartedOn;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What the form sets on a connection.</summary>
public sealed record ConnectionDetails(ConnectionKind Kind, string Name, ConnectionStrength Strength, SupportDirection Direction, string? Notes, DateOnly? StartedOn);
