using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>Validation rules shared by the assessment forms (one place for each rule).</summary>
internal static class AssessmentRules
{
    /// <summary>The assessment's date: given, not in the future, not before the case opened (both from the validation context).</summary>
    public static IRuleBuilderOptions<T, DateOnly?> AssessmentDate<T>(this IRuleBuilderInitial<T, DateOnly?> rule, IStringLocalizer t, string todayKey, string openedKey) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(t["Assessments.DateRequired"])
            .Must((_, date, context) => date <= context.Get<DateOnly>(todayKey)).WithMessage(t["Cases.DateInFuture"])
            .Must((_, date, context) => date >= context.Get<DateOnly>(openedKey)).WithMessage(t["Assessments.DateBeforeCase"]);
}

/// <summary>The details an audit entry about an assessment carries (ids and codes only, never the content).</summary>
internal static class AssessmentAudit
{
    public static string Details(Assessment assessment, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"assessment={assessment.Id}; kind={assessment.Kind}; version={assessment.VersionNumber}; {what}");
}
