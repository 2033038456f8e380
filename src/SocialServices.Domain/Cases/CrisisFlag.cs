namespace SocialServices.Domain.Cases;

/// <summary>Who was informed about a crisis (seed 001: orphan's court, police, school, hospital are the cooperating institutions).</summary>
public enum InformedParty
{
    /// <summary>Bāriņtiesa.</summary>
    OrphansCourt = 1,
    Police = 2,

    /// <summary>Neatliekamās medicīniskās palīdzības dienests.</summary>
    EmergencyMedicalService = 3,
    School = 4,
    Other = 5,
}

/// <summary>
/// A crisis situation in a case (seed 001 "Vēršam uzmanību": e.g. a child's safety at risk): what happened, the
/// immediate actions taken and who was informed when. It stays active, pinned on the boards of the case's people,
/// until it is resolved with a note; a resolved crisis is kept as history and never changes again.
/// </summary>
public sealed class CrisisFlag
{
    public const int DescriptionMaxLength = 4000;
    public const int ActionsMaxLength = 4000;
    public const int NoteMaxLength = 4000;

    private readonly List<CrisisNotice> _notices = [];

    private CrisisFlag()
    {
        Description = string.Empty;
        ActionsTaken = string.Empty;
        FlaggedById = string.Empty;
        FlaggedByName = string.Empty;
    }

    internal CrisisFlag(string description, string actionsTaken, IEnumerable<CrisisNoticeInput> informed, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(actionsTaken);
        ArgumentNullException.ThrowIfNull(informed);
        Description = description.Trim();
        ActionsTaken = actionsTaken.Trim();
        FlaggedById = by.UserId;
        FlaggedByName = by.Name;
        FlaggedAt = at;
        foreach (var notice in informed)
        {
            Inform(notice, at);
        }
    }

    public int Id { get; private set; }
    public int CaseFileId { get; private set; }

    /// <summary>What happened: the situation and the risk.</summary>
    public string Description { get; private set; }

    /// <summary>The immediate actions taken.</summary>
    public string ActionsTaken { get; private set; }

    public string FlaggedById { get; private set; }
    public string FlaggedByName { get; private set; }
    public DateTimeOffset FlaggedAt { get; private set; }
    public string? ResolvedById { get; private set; }
    public string? ResolvedByName { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>How the crisis was resolved (required to resolve it).</summary>
    public string? ResolutionNote { get; private set; }

    public IReadOnlyList<CrisisNotice> Notices => _notices;

    public bool IsActive => ResolvedAt is null;

    /// <summary>Records that a party was informed; <paramref name="now"/> is when this is recorded (nobody is informed in the future).</summary>
    private void Inform(CrisisNoticeInput notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!Enum.IsDefined(notice.Party))
        {
            throw new ArgumentOutOfRangeException(nameof(notice), "Unknown party.");
        }

        var name = string.IsNullOrWhiteSpace(notice.OtherName) ? null : notice.OtherName.Trim();
        if (notice.Party == InformedParty.Other && name is null)
        {
            throw new ArgumentException("Name the other party that was informed.", nameof(notice));
        }

        if (notice.At > now)
        {
            throw new ArgumentException("A party cannot be informed in the future.", nameof(notice));
        }

        if (notice.Party != InformedParty.Other)
        {
            name = null;
        }

        if (_notices.Any(n => n.Party == notice.Party && string.Equals(n.OtherName, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException("This party is already recorded as informed.");
        }

        _notices.Add(new CrisisNotice(notice.Party, name, notice.At, string.IsNullOrWhiteSpace(notice.Contact) ? null : notice.Contact.Trim()));
    }

    internal void Resolve(string note, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        ArgumentNullException.ThrowIfNull(by);
        if (!IsActive)
        {
            throw new InvalidOperationException("The crisis is already resolved.");
        }

        if (at < FlaggedAt)
        {
            throw new ArgumentException("A crisis cannot be resolved before it was flagged.", nameof(at));
        }

        ResolutionNote = note.Trim();
        ResolvedById = by.UserId;
        ResolvedByName = by.Name;
        ResolvedAt = at;
    }
}

/// <summary>One party informed about a crisis, and when.</summary>
public sealed class CrisisNotice
{
    public const int OtherNameMaxLength = 200;
    public const int ContactMaxLength = 300;

    private CrisisNotice()
    {
    }

    internal CrisisNotice(InformedParty party, string? otherName, DateTimeOffset at, string? contact)
    {
        Party = party;
        OtherName = otherName;
        At = at;
        Contact = contact;
    }

    public int Id { get; private set; }
    public int CrisisFlagId { get; private set; }
    public InformedParty Party { get; private set; }

    /// <summary>The name of the party when it is <see cref="InformedParty.Other"/>.</summary>
    public string? OtherName { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Whom exactly, or how (e.g. "inspektore J. Ozola, pa tālruni").</summary>
    public string? Contact { get; private set; }
}

/// <summary>What a form says about one informed party.</summary>
public sealed record CrisisNoticeInput(InformedParty Party, DateTimeOffset At, string? OtherName = null, string? Contact = null);
