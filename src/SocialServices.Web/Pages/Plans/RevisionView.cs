using SocialServices.Domain.Plans;

namespace SocialServices.Web.Pages.Plans;

/// <summary>What the revision partial shows: the revision, and (for the revision in force) the task statuses at <paramref name="Today"/>.</summary>
public sealed record RevisionView(PlanRevision Revision, IReadOnlyDictionary<Guid, TaskStatusView> Statuses, DateOnly Today, bool ShowStatus);
