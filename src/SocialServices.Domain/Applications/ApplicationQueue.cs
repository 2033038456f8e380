namespace SocialServices.Domain.Applications;

/// <summary>One queued application of a service, with what decides its place.</summary>
public sealed record QueueEntry(int ApplicationId, DateOnly QueuedOn, DateOnly SubmittedOn);

/// <summary>
/// The waiting queue of one service: first queued, first served; on the same day the earlier application goes
/// first, then the lower id (recorded earlier). Positions start at 1.
/// </summary>
public static class ApplicationQueue
{
    public static IReadOnlyList<(QueueEntry Entry, int Position)> Order(IEnumerable<QueueEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.OrderBy(e => e.QueuedOn).ThenBy(e => e.SubmittedOn).ThenBy(e => e.ApplicationId)
            .Select((e, i) => (e, i + 1)).ToList();
    }

    /// <summary>The place a newly queued application takes behind <paramref name="alreadyQueued"/>.</summary>
    public static int PositionOf(QueueEntry entry, IEnumerable<QueueEntry> alreadyQueued)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(alreadyQueued);
        return Order(alreadyQueued.Where(e => e.ApplicationId != entry.ApplicationId).Append(entry)).Single(x => x.Entry == entry).Position;
    }
}
