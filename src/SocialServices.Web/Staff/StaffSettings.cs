using SocialServices.Domain.Staff;

namespace SocialServices.Web.Staff;

/// <summary>
/// The staff requirements (section "Staff"), with the defaults domain.md gives: 10 supervision sessions a year for
/// social work specialists; training hours a year per position category (head and social worker 24, social assistance
/// organiser, social carer and social rehabilitator 16, carer 8); a valid child-rights protection training for those
/// who work with children. A provider confirms or changes them in configuration.
/// </summary>
public sealed class StaffSettings
{
    public const string Section = "Staff";

    public int SupervisionSessionsPerYear { get; set; } = 10;

    public decimal HeadTrainingHours { get; set; } = 24;
    public decimal SocialWorkerTrainingHours { get; set; } = 24;
    public decimal SocialAssistanceOrganiserTrainingHours { get; set; } = 16;
    public decimal SocialCarerTrainingHours { get; set; } = 16;
    public decimal SocialRehabilitatorTrainingHours { get; set; } = 16;
    public decimal CarerTrainingHours { get; set; } = 8;

    /// <summary>Other positions (psychologist, occupational therapist): no hours set by the regulation.</summary>
    public decimal OtherTrainingHours { get; set; }

    public bool ChildRightsTrainingRequired { get; set; } = true;

    /// <summary>The staff page warns this many days before a child-rights training expires.</summary>
    public int ChildRightsExpiryWarningDays { get; set; } = 60;

    /// <summary>The staffing norm: one social work specialist per this many inhabitants (domain.md: 1000).</summary>
    public int InhabitantsPerSocialWorkSpecialist { get; set; } = 1000;

    /// <summary>The workload page marks a worker whose open cases exceed the mean by more than this percentage.</summary>
    public int OverloadPercent { get; set; } = 25;

    public bool IsValid() =>
        SupervisionSessionsPerYear is >= 0 and <= 100
        && InhabitantsPerSocialWorkSpecialist is >= 1 and <= 1_000_000
        && OverloadPercent is >= 0 and <= 500
        && new[] { HeadTrainingHours, SocialWorkerTrainingHours, SocialAssistanceOrganiserTrainingHours, SocialCarerTrainingHours, SocialRehabilitatorTrainingHours, CarerTrainingHours, OtherTrainingHours }
            .All(h => h is >= 0 and <= 500)
        && ChildRightsExpiryWarningDays is >= 0 and <= 365;

    public StaffRequirementRules Rules() => new()
    {
        SupervisionSessionsPerYear = SupervisionSessionsPerYear,
        ChildRightsTrainingRequired = ChildRightsTrainingRequired,
        TrainingHoursPerYear = new Dictionary<PositionCategory, decimal>
        {
            [PositionCategory.Head] = HeadTrainingHours,
            [PositionCategory.SocialWorker] = SocialWorkerTrainingHours,
            [PositionCategory.SocialAssistanceOrganiser] = SocialAssistanceOrganiserTrainingHours,
            [PositionCategory.SocialCarer] = SocialCarerTrainingHours,
            [PositionCategory.SocialRehabilitator] = SocialRehabilitatorTrainingHours,
            [PositionCategory.Carer] = CarerTrainingHours,
            [PositionCategory.Other] = OtherTrainingHours,
        },
    };
}
