namespace SocialServices.Domain.Contacts;

/// <summary>One delivery record's outcome for a task, as read for the task status.</summary>
public sealed record TaskOutcomeFact(Guid TaskKey, TaskOutcome Outcome, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, long ContactId);

/// <summary>
/// The status of plan tasks from delivery records: the outcome of the latest contact that worked on the task (by
/// when it took place, then when it was recorded). A task without any is "not started"; a task is overdue when
/// its deadline has passed and its status is not done.
/// </summary>
public static class TaskProgress
{
    public static IReadOnlyDictionary<Guid, TaskOutcomeFact> Latest(IEnumerable<TaskOutcomeFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts
            .GroupBy(f => f.TaskKey)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.OccurredAt).ThenBy(f => f.RecordedAt).ThenBy(f => f.ContactId).Last());
    }

    /// <summary>The deadline is before <paramref name="today"/> and the latest outcome is not done.</summary>
    public static bool IsOverdue(DateOnly deadline, TaskOutcome? latest, DateOnly today) =>
        deadline < today && latest != TaskOutcome.Done;
}
