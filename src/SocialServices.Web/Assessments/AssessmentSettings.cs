using SocialServices.Domain.Assessments;

namespace SocialServices.Web.Assessments;

/// <summary>
/// Settings of the assessments (section "Assessments"), each with the default domain.md names or, where it is silent, a
/// default chosen here. A provider changes them in configuration; nonsense values stop the application at start.
/// </summary>
public sealed class AssessmentSettings
{
    public const string Section = "Assessments";

    /// <summary>A risk coefficient from this value on is "medium" (default 1,00 on the 0–3 scale).</summary>
    public decimal RiskMediumFrom { get; set; } = RiskThresholds.Default.MediumFrom;

    /// <summary>A risk coefficient from this value on is "high" (default 2,00).</summary>
    public decimal RiskHighFrom { get; set; } = RiskThresholds.Default.HighFrom;

    /// <summary>A family at risk is assessed again this many months after the last completed risk-factor assessment (twice a year).</summary>
    public int RiskRepeatMonths { get; set; } = RiskSchedule.DefaultRepeatMonths;

    /// <summary>The boards show a risk assessment this many days before it is due.</summary>
    public int RiskDueSoonDays { get; set; } = 14;

    /// <summary>A case of a family at risk (target group) without any risk-factor assessment shows on the boards this many days after it opened.</summary>
    public int RiskFirstWithinDays { get; set; } = 30;

    public RiskThresholds Thresholds => new(RiskMediumFrom, RiskHighFrom);

    public bool IsValid() =>
        RiskThresholds.IsValid(RiskMediumFrom, RiskHighFrom) && RiskRepeatMonths is >= 1 and <= 24 && RiskDueSoonDays is >= 0 and <= 90 && RiskFirstWithinDays is >= 0 and <= 365;
}
