using SocialServices.Domain.Plans;
using static SocialServices.Domain.Tests.Plans.PlanTestData;

namespace SocialServices.Domain.Tests.Plans;

public sealed class PlanReviewTests
{
    [Fact]
    public void The_latest_review_is_twelve_months_after_the_revision_or_six_where_the_client_lives_at_the_provider()
    {
        Assert.Equal(D(2027, 11, 23), PlanReview.Latest(D(2026, 11, 23), clientLivesAtProvider: false, ReviewIntervals.Default));
        Assert.Equal(D(2027, 5, 23), PlanReview.Latest(D(2026, 11, 23), clientLivesAtProvider: true, ReviewIntervals.Default));
    }

    [Fact]
    public void Months_are_calendar_months_and_the_end_of_a_month_stays_in_its_month()
    {
        Assert.Equal(D(2027, 2, 28), PlanReview.Latest(D(2026, 8, 31), true, ReviewIntervals.Default));
        Assert.Equal(D(2028, 2, 29), PlanReview.Latest(D(2027, 2, 28), false, new ReviewIntervals(6, 12)).AddDays(1));
    }

    [Fact]
    public void The_intervals_are_settings()
    {
        var intervals = new ReviewIntervals(MonthsWhenLivingAtProvider: 3, MonthsOtherwise: 9);

        Assert.Equal(D(2027, 2, 23), PlanReview.Latest(D(2026, 11, 23), true, intervals));
        Assert.Equal(D(2027, 8, 23), PlanReview.Latest(D(2026, 11, 23), false, intervals));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanReview.Latest(D(2026, 11, 23), false, new ReviewIntervals(6, 0)));
    }

    [Fact]
    public void A_worker_may_set_an_earlier_review_but_never_a_later_one_nor_one_on_or_before_the_revision()
    {
        var revised = D(2026, 11, 23);

        Assert.Equal(D(2027, 11, 23), PlanReview.Resolve(revised, false, null, ReviewIntervals.Default));
        Assert.Equal(D(2027, 3, 1), PlanReview.Resolve(revised, false, D(2027, 3, 1), ReviewIntervals.Default));
        Assert.Equal(D(2027, 11, 23), PlanReview.Resolve(revised, false, D(2027, 11, 23), ReviewIntervals.Default));
        Assert.False(PlanReview.IsAllowed(revised, false, D(2027, 11, 24), ReviewIntervals.Default));
        Assert.False(PlanReview.IsAllowed(revised, true, D(2027, 5, 24), ReviewIntervals.Default));
        Assert.True(PlanReview.IsAllowed(revised, false, D(2027, 5, 24), ReviewIntervals.Default));
        Assert.False(PlanReview.IsAllowed(revised, false, revised, ReviewIntervals.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanReview.Resolve(revised, true, D(2027, 6, 1), ReviewIntervals.Default));
    }

    [Fact]
    public void A_revision_gets_its_review_day_from_the_rule()
    {
        var plan = Plan(Content(D(2026, 11, 23), new GoalInput(null, "Mērķis", [Task("Pasākums", D(2026, 12, 31))])) with { ClientLivesAtProvider = true });

        Assert.Equal(D(2027, 5, 23), plan.Current.ReviewOn);
        Assert.Equal(D(2027, 5, 23), plan.ReviewOn);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Plan(Content(D(2026, 11, 23), new GoalInput(null, "Mērķis", [Task("Pasākums", D(2026, 12, 31))])) with { ReviewOn = D(2028, 1, 1) }));
    }
}
