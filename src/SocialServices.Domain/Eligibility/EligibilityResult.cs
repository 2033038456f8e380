namespace SocialServices.Domain.Eligibility;

public enum EligibilityOutcome
{
    Passed = 1,
    Failed = 2,
    Unknown = 3,
}

/// <summary>The outcome of one rule, with a reason code and its arguments for a localised plain-words text.</summary>
public sealed record RuleResult(EligibilityRule Rule, EligibilityOutcome Outcome, string ReasonCode, IReadOnlyList<string> Arguments);

/// <summary>The outcome of one requirement; for an any-of group, <see cref="Details"/> holds the results of its rules.</summary>
public sealed record RequirementResult(
    EligibilityRequirement Requirement,
    EligibilityOutcome Outcome,
    string ReasonCode,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<RuleResult> Details);

/// <summary>Advice only: Failed if any requirement failed, Unknown if none failed but some are unknown, else Passed.</summary>
public sealed record EligibilityResult(EligibilityOutcome Verdict, IReadOnlyList<RequirementResult> Results);
