namespace SocialServices.Domain.Applications;

/// <summary>One recorded extension of a decision deadline.</summary>
/// <param name="PreviousDeadline">The deadline before this extension.</param>
/// <param name="NewDeadline">The extended deadline.</param>
/// <param name="Reason">Why the decision cannot be made in time (the applicant is told this).</param>
public sealed record DeadlineExtension(DateOnly PreviousDeadline, DateOnly NewDeadline, string Reason);
