using SocialServices.Domain.Common;

namespace SocialServices.Domain.Community;

/// <summary>What is missing before a community-based service may start (seed 003: assessment and support plan first).</summary>
public enum StartGap
{
    /// <summary>The case has no completed (and not superseded) assessment dated on or before the start.</summary>
    NoCompletedAssessment = 1,

    /// <summary>The case has no plan.</summary>
    NoPlan = 2,

    /// <summary>The plan's review date has passed: it is not current.</summary>
    PlanReviewOverdue = 3,

    /// <summary>The client refused the plan revision in force (or it is dated after the start).</summary>
    PlanNotInForce = 4,

    /// <summary>The plan in force does not name the service.</summary>
    PlanDoesNotNameService = 5,
}

/// <summary>The plan revision in force, as the gate reads it.</summary>
/// <param name="RevisedOn">The day the revision was made.</param>
/// <param name="ReviewOn">The day it must be reviewed by.</param>
/// <param name="Refused">The client's latest recorded answer to this revision was a refusal.</param>
/// <param name="Services">The plan's planned services, free text.</param>
public sealed record PlanInForce(DateOnly RevisedOn, DateOnly ReviewOn, bool Refused, IReadOnlyList<string> Services);

/// <summary>Everything the start gate reads.</summary>
/// <param name="LatestCompletedAssessmentOn">The completion day of the latest completed, not superseded assessment of the case; null if none.</param>
public sealed record StartFacts(DateOnly? LatestCompletedAssessmentOn, PlanInForce? Plan, string ServiceCode, string ServiceName, DateOnly StartOn, DateOnly Today);

/// <summary>
/// The start gate of a community-based service episode (seed 003): the case has a completed assessment, and a current support plan
/// that names the service. "Current": the revision in force is dated on or before the start, not refused by the client, and its
/// review day is not before today. "Names": one of the plan's planned services, compared without case and diacritics, equals the
/// catalogue code or the catalogue name, begins with the code followed by a space, or contains the catalogue name
/// (so "DAC", "Dienas aprūpes centrs", "DAC dienas aprūpe" and "Dienas aprūpes centrs “Saulespuķe”" all name the day care centre).
/// </summary>
public static class StartGate
{
    public static IReadOnlyList<StartGap> Check(StartFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var gaps = new List<StartGap>();
        if (facts.LatestCompletedAssessmentOn is not { } assessed || assessed > facts.StartOn)
        {
            gaps.Add(StartGap.NoCompletedAssessment);
        }

        if (facts.Plan is not { } plan)
        {
            gaps.Add(StartGap.NoPlan);
            return gaps;
        }

        if (plan.ReviewOn < facts.Today)
        {
            gaps.Add(StartGap.PlanReviewOverdue);
        }

        if (plan.Refused || plan.RevisedOn > facts.StartOn)
        {
            gaps.Add(StartGap.PlanNotInForce);
        }

        if (!Names(plan.Services, facts.ServiceCode, facts.ServiceName))
        {
            gaps.Add(StartGap.PlanDoesNotNameService);
        }

        return gaps;
    }

    /// <summary>Whether one of the plan's planned services names the catalogue service (see the class summary).</summary>
    public static bool Names(IEnumerable<string> planServices, string code, string name)
    {
        ArgumentNullException.ThrowIfNull(planServices);
        var foldedCode = TextFolding.Fold(code);
        var foldedName = TextFolding.Fold(name);
        return planServices.Select(TextFolding.Fold).Any(s => s.Length > 0
            && (s == foldedCode || s == foldedName || s.StartsWith(foldedCode + " ", StringComparison.Ordinal)
                || (foldedName.Length > 0 && s.Contains(foldedName, StringComparison.Ordinal))));
    }
}
