namespace SocialServices.Domain.Community;

/// <summary>How much support the client needs from the support person (atbalsta persona).</summary>
public enum SupportIntensity
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>
/// A support person (atbalsta persona) assigned to a client within a support-person service episode: a member of staff or an external
/// person, the intensity of support and the goals agreed with the client. Ended with a reason, never deleted.
/// </summary>
public sealed class SupportAssignment
{
    public const int MaxNameLength = 200;
    public const int MaxGoalsLength = 4000;

    private SupportAssignment()
    {
        Goals = string.Empty;
        AssignedById = string.Empty;
    }

    public SupportAssignment(int episodeId, int clientId, string? staffUserId, string? externalName, SupportIntensity intensity, string goals, DateOnly startOn, string byId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(goals);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        if (string.IsNullOrWhiteSpace(staffUserId) == string.IsNullOrWhiteSpace(externalName))
        {
            throw new ArgumentException("A support person is either a member of staff or an external person.", nameof(externalName));
        }

        EpisodeId = episodeId;
        ClientId = clientId;
        StaffUserId = string.IsNullOrWhiteSpace(staffUserId) ? null : staffUserId;
        ExternalName = string.IsNullOrWhiteSpace(externalName) ? null : externalName.Trim();
        Intensity = intensity;
        Goals = goals.Trim();
        StartOn = startOn;
        AssignedById = byId;
        AssignedAt = at;
    }

    public int Id { get; private set; }
    public int EpisodeId { get; private set; }
    public int ClientId { get; private set; }
    public string? StaffUserId { get; private set; }
    public string? ExternalName { get; private set; }
    public SupportIntensity Intensity { get; private set; }
    public string Goals { get; private set; }
    public DateOnly StartOn { get; private set; }
    public string AssignedById { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public bool IsActive => EndedOn is null;

    public void End(DateOnly on, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (EndedOn is not null)
        {
            throw new InvalidOperationException("The assignment has already ended.");
        }

        EndedOn = on < StartOn ? StartOn : on;
        EndReason = reason.Trim();
    }
}

/// <summary>A meeting of the support person with the client: when, how long, about what, and the decisions the client took with support.</summary>
public sealed class SupportMeeting
{
    public const int MaxTopicLength = 500;
    public const int MaxDecisionsLength = 4000;
    public const int MaxMinutes = 12 * 60;

    private SupportMeeting()
    {
        Topic = string.Empty;
        RecordedById = string.Empty;
    }

    public SupportMeeting(int assignmentId, DateOnly on, int durationMinutes, string topic, string? decisions, string recordedById, DateTimeOffset recordedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedById);
        if (durationMinutes is <= 0 or > MaxMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(durationMinutes), "A meeting lasts 1 minute to 12 hours.");
        }

        AssignmentId = assignmentId;
        On = on;
        DurationMinutes = durationMinutes;
        Topic = topic.Trim();
        Decisions = string.IsNullOrWhiteSpace(decisions) ? null : decisions.Trim();
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }
    public int AssignmentId { get; private set; }
    public DateOnly On { get; private set; }
    public int DurationMinutes { get; private set; }
    public string Topic { get; private set; }
    public string? Decisions { get; private set; }
    public string RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The meeting's length in hours (the support person's unit), to two decimals.</summary>
    public decimal Hours => Math.Round(DurationMinutes / 60m, 2, MidpointRounding.AwayFromZero);
}
