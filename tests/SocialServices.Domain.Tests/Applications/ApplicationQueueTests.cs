using SocialServices.Domain.Applications;

namespace SocialServices.Domain.Tests.Applications;

public sealed class ApplicationQueueTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void First_queued_first_served_then_earlier_submitted_then_lower_id()
    {
        var late = new QueueEntry(1, D(2026, 11, 20), D(2026, 9, 1));
        var sameDayLaterSubmitted = new QueueEntry(2, D(2026, 11, 10), D(2026, 10, 15));
        var sameDayEarlierSubmittedHigherId = new QueueEntry(9, D(2026, 11, 10), D(2026, 10, 1));
        var sameDayEarlierSubmittedLowerId = new QueueEntry(5, D(2026, 11, 10), D(2026, 10, 1));
        var first = new QueueEntry(7, D(2026, 10, 30), D(2026, 10, 20));

        var order = ApplicationQueue.Order([late, sameDayLaterSubmitted, sameDayEarlierSubmittedHigherId, first, sameDayEarlierSubmittedLowerId]);

        Assert.Equal([7, 5, 9, 2, 1], order.Select(x => x.Entry.ApplicationId));
        Assert.Equal([1, 2, 3, 4, 5], order.Select(x => x.Position));
    }

    [Fact]
    public void An_empty_queue_has_no_positions() =>
        Assert.Empty(ApplicationQueue.Order([]));

    [Fact]
    public void A_newly_queued_application_joins_behind_those_queued_earlier()
    {
        QueueEntry[] queued = [new(1, D(2026, 10, 1), D(2026, 9, 1)), new(2, D(2026, 10, 5), D(2026, 9, 20))];

        Assert.Equal(3, ApplicationQueue.PositionOf(new QueueEntry(3, D(2026, 11, 20), D(2026, 8, 1)), queued));
        Assert.Equal(1, ApplicationQueue.PositionOf(new QueueEntry(3, D(2026, 11, 20), D(2026, 8, 1)), []));
    }

    [Fact]
    public void On_the_same_queue_day_an_earlier_submission_goes_first()
    {
        QueueEntry[] queued = [new(1, D(2026, 10, 1), D(2026, 9, 1)), new(2, D(2026, 10, 5), D(2026, 9, 20))];

        Assert.Equal(2, ApplicationQueue.PositionOf(new QueueEntry(3, D(2026, 10, 5), D(2026, 9, 10)), queued));
        Assert.Equal(3, ApplicationQueue.PositionOf(new QueueEntry(3, D(2026, 10, 5), D(2026, 9, 20)), queued)); // same day, same submission: the lower id first
    }

    [Fact]
    public void An_application_already_in_the_queue_is_not_counted_twice()
    {
        QueueEntry[] queued = [new(1, D(2026, 10, 1), D(2026, 9, 1)), new(2, D(2026, 10, 5), D(2026, 9, 20))];

        // Application 1 is queued again later (e.g. after a revocation): its old entry does not stay in front of it.
        Assert.Equal(2, ApplicationQueue.PositionOf(new QueueEntry(1, D(2026, 11, 1), D(2026, 9, 1)), queued));
    }
}
