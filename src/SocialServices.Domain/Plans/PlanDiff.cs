namespace SocialServices.Domain.Plans;

public enum ChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>The single-valued fields of a revision.</summary>
public enum PlanField
{
    Kind = 1,
    ClientLivesAtProvider = 2,
    RevisedOn = 3,
    ReviewOn = 4,
}

/// <summary>The text lists of a revision.</summary>
public enum PlanList
{
    Problems = 1,
    Services = 2,
    Institutions = 3,
    Meetings = 4,
}

/// <summary>The fields of a task that a revision can change.</summary>
public enum TaskField
{
    Measure = 1,
    Deadline = 2,
    ExpectedResult = 3,
    Responsible = 4,
}

/// <summary>An item of a text list added or removed (an edited item is one removed and one added).</summary>
public sealed record ListItemChange(PlanList List, ChangeKind Kind, string Item);

/// <summary>A task added, removed or changed; <see cref="Fields"/> names the changed fields.</summary>
public sealed record TaskChange(Guid Key, ChangeKind Kind, PlanTask? Before, PlanTask? After, IReadOnlyList<TaskField> Fields);

/// <summary>A goal added, removed or changed (its text or any of its tasks).</summary>
public sealed record GoalChange(Guid Key, ChangeKind Kind, PlanGoal? Before, PlanGoal? After, bool TextChanged, IReadOnlyList<TaskChange> Tasks);

/// <summary>The differences between two revisions of a plan, from <see cref="Before"/> to <see cref="After"/>.</summary>
public sealed record PlanDiff(
    PlanRevision Before,
    PlanRevision After,
    IReadOnlyList<PlanField> Fields,
    IReadOnlyList<ListItemChange> Items,
    IReadOnlyList<GoalChange> Goals)
{
    public bool IsEmpty => Fields.Count == 0 && Items.Count == 0 && Goals.Count == 0;

    /// <summary>
    /// Compares two revisions field by field, list item by list item, and goal and task by their stable keys. Goals
    /// and tasks come out in the order of <paramref name="after"/>, removed ones after the one they followed.
    /// </summary>
    public static PlanDiff Compare(PlanRevision before, PlanRevision after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var fields = new List<PlanField>();
        if (before.Kind != after.Kind)
        {
            fields.Add(PlanField.Kind);
        }

        if (before.ClientLivesAtProvider != after.ClientLivesAtProvider)
        {
            fields.Add(PlanField.ClientLivesAtProvider);
        }

        if (before.RevisedOn != after.RevisedOn)
        {
            fields.Add(PlanField.RevisedOn);
        }

        if (before.ReviewOn != after.ReviewOn)
        {
            fields.Add(PlanField.ReviewOn);
        }

        var items = new List<ListItemChange>();
        items.AddRange(CompareList(PlanList.Problems, before.Problems, after.Problems));
        items.AddRange(CompareList(PlanList.Services, before.Services, after.Services));
        items.AddRange(CompareList(PlanList.Institutions, before.Institutions, after.Institutions));
        items.AddRange(CompareList(PlanList.Meetings, before.Meetings, after.Meetings));

        var goals = Merge(
            before.Goals.OrderBy(g => g.Position).ToList(),
            after.Goals.OrderBy(g => g.Position).ToList(),
            g => g.Key,
            (key, b, a) =>
            {
                if (b is null)
                {
                    return new GoalChange(key, ChangeKind.Added, null, a, false, [.. a!.Tasks.OrderBy(t => t.Position).Select(t => new TaskChange(t.Key, ChangeKind.Added, null, t, []))]);
                }

                if (a is null)
                {
                    return new GoalChange(key, ChangeKind.Removed, b, null, false, [.. b.Tasks.OrderBy(t => t.Position).Select(t => new TaskChange(t.Key, ChangeKind.Removed, t, null, []))]);
                }

                var tasks = Merge(
                    b.Tasks.OrderBy(t => t.Position).ToList(),
                    a.Tasks.OrderBy(t => t.Position).ToList(),
                    t => t.Key,
                    CompareTask);
                var textChanged = !string.Equals(b.Text, a.Text, StringComparison.Ordinal);
                return textChanged || tasks.Count > 0 ? new GoalChange(key, ChangeKind.Changed, b, a, textChanged, tasks) : null;
            });

        return new PlanDiff(before, after, fields, items, goals);
    }

    private static TaskChange? CompareTask(Guid key, PlanTask? before, PlanTask? after)
    {
        if (before is null)
        {
            return new TaskChange(key, ChangeKind.Added, null, after, []);
        }

        if (after is null)
        {
            return new TaskChange(key, ChangeKind.Removed, before, null, []);
        }

        var fields = new List<TaskField>();
        if (!string.Equals(before.Measure, after.Measure, StringComparison.Ordinal))
        {
            fields.Add(TaskField.Measure);
        }

        if (before.Deadline != after.Deadline)
        {
            fields.Add(TaskField.Deadline);
        }

        if (!string.Equals(before.ExpectedResult, after.ExpectedResult, StringComparison.Ordinal))
        {
            fields.Add(TaskField.ExpectedResult);
        }

        if (before.ResponsibleKind != after.ResponsibleKind
            || !string.Equals(before.ResponsibleName, after.ResponsibleName, StringComparison.Ordinal)
            || before.ResponsibleUserId != after.ResponsibleUserId)
        {
            fields.Add(TaskField.Responsible);
        }

        return fields.Count > 0 ? new TaskChange(key, ChangeKind.Changed, before, after, fields) : null;
    }

    private static IEnumerable<ListItemChange> CompareList(PlanList list, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // As multisets: an item listed twice and then once is one removal.
        var remaining = after.ToList();
        foreach (var item in before)
        {
            var index = remaining.FindIndex(i => string.Equals(i, item, StringComparison.Ordinal));
            if (index >= 0)
            {
                remaining.RemoveAt(index);
            }
            else
            {
                yield return new ListItemChange(list, ChangeKind.Removed, item);
            }
        }

        foreach (var item in remaining)
        {
            yield return new ListItemChange(list, ChangeKind.Added, item);
        }
    }

    private static List<TChange> Merge<T, TChange>(List<T> before, List<T> after, Func<T, Guid> key, Func<Guid, T?, T?, TChange?> compare)
        where T : class
        where TChange : class
    {
        var result = new List<TChange>();
        var afterKeys = after.Select(key).ToHashSet();
        var beforeByKey = before.ToDictionary(key);

        // Removed items that come before the first kept one.
        var beforeIndex = 0;
        void FlushRemoved(Guid? upTo)
        {
            while (beforeIndex < before.Count && (upTo is null || key(before[beforeIndex]) != upTo))
            {
                var item = before[beforeIndex];
                if (!afterKeys.Contains(key(item)))
                {
                    result.Add(compare(key(item), item, null)!);
                }

                beforeIndex++;
            }
        }

        foreach (var item in after)
        {
            var k = key(item);
            if (beforeByKey.TryGetValue(k, out var old))
            {
                // Removed ones listed before this kept item in the old order come first.
                var oldIndex = before.IndexOf(old);
                if (oldIndex >= beforeIndex)
                {
                    FlushRemoved(k);
                    beforeIndex = oldIndex + 1;
                }

                if (compare(k, old, item) is { } change)
                {
                    result.Add(change);
                }
            }
            else if (compare(k, null, item) is { } added)
            {
                result.Add(added);
            }
        }

        FlushRemoved(null);
        return result;
    }
}
