namespace SocialServices.Domain.Evaluations;

/// <summary>Why a case cannot be closed now.</summary>
public enum ClosingRefusal
{
    None = 0,

    /// <summary>A crisis is flagged and not resolved: resolve it first.</summary>
    CrisisActive = 1,

    /// <summary>No evaluation at all (a case without a plan is closed after an evaluation too).</summary>
    NoEvaluation = 2,

    /// <summary>The plan was revised after the last evaluation: the current revision is not evaluated.</summary>
    PlanRevisedSinceEvaluation = 3,

    /// <summary>The case was reopened after the last evaluation.</summary>
    ReopenedSinceEvaluation = 4,

    /// <summary>The latest evaluation decided to continue or to revise the plan, not to close the case.</summary>
    LatestEvaluationDoesNotClose = 5,
}

/// <summary>An evaluation as the closing rule sees it.</summary>
public sealed record EvaluationFact(DateTimeOffset RecordedAt, EvaluationDecision Decision);

/// <summary>
/// What closing depends on: an unresolved crisis, the latest plan revision (null when the case has no plan), the
/// last reopening and the case's evaluations.
/// </summary>
public sealed record ClosingFacts(bool HasActiveCrisis, DateTimeOffset? LatestPlanRevisionAt, DateTimeOffset? LastReopenedAt, IReadOnlyCollection<EvaluationFact> Evaluations);

/// <summary>The outcome of <see cref="ClosingRule.Check"/>: the refusal (or none) and the evaluation it looked at.</summary>
public sealed record ClosingCheck(ClosingRefusal Refusal, EvaluationFact? LatestEvaluation)
{
    public bool Allowed => Refusal == ClosingRefusal.None;
}

/// <summary>
/// A case is closed with a justified evaluation (seed 001: "ar novērtēšanas rezultātiem pamato ... intervences
/// noslēgumu"): the latest evaluation must be recorded after the latest plan revision (so the current plan is what
/// was evaluated) and after the case was last reopened, and it must decide to close the case. A case without a plan
/// needs such an evaluation too. A case with an unresolved crisis is not closed.
/// </summary>
public static class ClosingRule
{
    public static ClosingCheck Check(ClosingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var latest = facts.Evaluations.OrderByDescending(e => e.RecordedAt).FirstOrDefault();
        if (facts.HasActiveCrisis)
        {
            return new ClosingCheck(ClosingRefusal.CrisisActive, latest);
        }

        if (latest is null)
        {
            return new ClosingCheck(ClosingRefusal.NoEvaluation, null);
        }

        if (facts.LatestPlanRevisionAt is { } revised && latest.RecordedAt < revised)
        {
            return new ClosingCheck(ClosingRefusal.PlanRevisedSinceEvaluation, latest);
        }

        if (facts.LastReopenedAt is { } reopened && latest.RecordedAt < reopened)
        {
            return new ClosingCheck(ClosingRefusal.ReopenedSinceEvaluation, latest);
        }

        return latest.Decision == EvaluationDecision.CloseCase
            ? new ClosingCheck(ClosingRefusal.None, latest)
            : new ClosingCheck(ClosingRefusal.LatestEvaluationDoesNotClose, latest);
    }
}
