namespace SocialServices.Domain.Applications;

/// <summary>Why a deadline extension cannot be recorded.</summary>
public enum DeadlineExtensionError
{
    /// <summary>No reason was given.</summary>
    ReasonRequired,

    /// <summary>The new deadline is not later than the current one.</summary>
    NotAfterCurrentDeadline,

    /// <summary>The new deadline is more than four months after the documents were complete.</summary>
    BeyondMaximum,
}
