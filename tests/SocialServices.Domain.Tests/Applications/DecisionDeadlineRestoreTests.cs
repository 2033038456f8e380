using SocialServices.Domain.Applications;

namespace SocialServices.Domain.Tests.Applications;

/// <summary>Month ends not covered in <see cref="DecisionDeadlineTests"/>, extension limits at month ends, and <see cref="DecisionDeadline.Restore"/>.</summary>
public sealed class DecisionDeadlineRestoreTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2028, 1, 30, 2028, 2, 29)] // leap year: 30 January → 29 February
    [InlineData(2027, 1, 29, 2027, 2, 28)] // common year: 29 January → 28 February
    [InlineData(2026, 8, 31, 2026, 9, 30)]
    [InlineData(2026, 10, 31, 2026, 11, 30)]
    [InlineData(2026, 7, 31, 2026, 8, 31)] // July and August both have 31 days
    [InlineData(2026, 11, 30, 2026, 12, 30)] // 30 November is not the month end of December
    public void One_month_at_month_ends(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), DecisionDeadline.Start(D(y, m, d)).Original);
    }

    [Fact]
    public void Four_months_from_30_January_in_a_leap_year_is_30_May()
    {
        var deadline = DecisionDeadline.Start(D(2028, 1, 30));

        Assert.Equal(D(2028, 2, 29), deadline.Original);
        Assert.Equal(D(2028, 5, 30), deadline.LatestPermitted);
        Assert.Empty(deadline.ValidateExtension(D(2028, 5, 30), "atzinums"));
        Assert.Equal([DeadlineExtensionError.BeyondMaximum], deadline.ValidateExtension(D(2028, 5, 31), "atzinums"));
    }

    [Fact]
    public void Four_months_are_counted_from_the_documents_day_not_from_an_extended_deadline()
    {
        var extended = DecisionDeadline.Start(D(2026, 1, 31)).Extend(D(2026, 4, 30), "first");

        Assert.Equal(D(2026, 5, 31), extended.LatestPermitted);
        Assert.Empty(extended.ValidateExtension(D(2026, 5, 31), "second"));
        Assert.Equal([DeadlineExtensionError.BeyondMaximum], extended.ValidateExtension(D(2026, 6, 1), "second"));
    }

    [Fact]
    public void Once_extended_to_the_limit_no_further_extension_is_possible()
    {
        var atLimit = DecisionDeadline.Start(D(2026, 1, 15)).Extend(D(2026, 5, 15), "reason");

        Assert.Equal([DeadlineExtensionError.BeyondMaximum], atLimit.ValidateExtension(D(2026, 5, 16), "reason"));
        Assert.Equal([DeadlineExtensionError.NotAfterCurrentDeadline], atLimit.ValidateExtension(D(2026, 5, 15), "reason"));
    }

    [Fact]
    public void Restore_without_extensions_equals_Start()
    {
        var restored = DecisionDeadline.Restore(D(2026, 1, 31), []);
        var started = DecisionDeadline.Start(D(2026, 1, 31));

        Assert.Equal(started.DocumentsComplete, restored.DocumentsComplete);
        Assert.Equal(started.Original, restored.Original);
        Assert.Equal(started.Current, restored.Current);
        Assert.Equal(started.LatestPermitted, restored.LatestPermitted);
        Assert.False(restored.IsExtended);
    }

    [Fact]
    public void Restore_rebuilds_the_same_deadline_as_a_chain_of_extensions()
    {
        var chained = DecisionDeadline.Start(D(2026, 1, 31))
            .Extend(D(2026, 3, 15), "gaidām bāriņtiesas atzinumu")
            .Extend(D(2026, 4, 30), "gaidām ārsta izziņu")
            .Extend(D(2026, 5, 31), "atkārtots pieprasījums");

        var restored = DecisionDeadline.Restore(chained.DocumentsComplete, chained.Extensions.Select(e => (e.NewDeadline, e.Reason)));

        Assert.Equal(chained.DocumentsComplete, restored.DocumentsComplete);
        Assert.Equal(chained.Original, restored.Original);
        Assert.Equal(chained.LatestPermitted, restored.LatestPermitted);
        Assert.Equal(chained.Current, restored.Current);
        Assert.Equal(chained.Extensions, restored.Extensions); // records: previous and new deadlines and reasons match
        Assert.Equal([D(2026, 2, 28), D(2026, 3, 15), D(2026, 4, 30)], restored.Extensions.Select(e => e.PreviousDeadline));
        Assert.Equal(chained.Evaluate(D(2026, 5, 20)), restored.Evaluate(D(2026, 5, 20)));
    }

    [Fact]
    public void A_restored_deadline_validates_further_extensions_like_the_original()
    {
        var restored = DecisionDeadline.Restore(D(2026, 1, 15), [(D(2026, 4, 1), "first")]);

        Assert.Equal([DeadlineExtensionError.NotAfterCurrentDeadline], restored.ValidateExtension(D(2026, 3, 31), "second"));
        Assert.Equal(D(2026, 5, 15), restored.Extend(D(2026, 5, 15), "second").Current);
    }
}
