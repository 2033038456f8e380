namespace SocialServices.Domain.Applications;

/// <summary>Where an undecided application stands against its decision deadline.</summary>
public enum DeadlineState
{
    /// <summary>More than the warning period is left.</summary>
    Open,

    /// <summary>The deadline is within the warning period, or is today.</summary>
    DueSoon,

    /// <summary>The deadline has passed without a decision.</summary>
    Overdue,
}
