using SocialServices.Domain.Plans;

namespace SocialServices.Web.Pages.Plans;

/// <summary>Settings of plans and delivery records (section "Plans"); the defaults are the rules in domain.md.</summary>
public sealed class PlanSettings
{
    public const string Section = "Plans";

    /// <summary>A plan of a client who lives at the provider is evaluated at least this often (months).</summary>
    public int ReviewMonthsWhenLivingAtProvider { get; set; } = 6;

    /// <summary>Any other plan is evaluated at least this often (months).</summary>
    public int ReviewMonthsOtherwise { get; set; } = 12;

    /// <summary>An open case without a recorded contact for this many days appears on the follow-up boards.</summary>
    public int NoContactDays { get; set; } = 30;

    public ReviewIntervals Intervals => new(ReviewMonthsWhenLivingAtProvider, ReviewMonthsOtherwise);
}
