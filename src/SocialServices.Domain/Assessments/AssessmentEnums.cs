namespace SocialServices.Domain.Assessments;

/// <summary>The assessment instruments of seed 001 ("Novērtēšanas metodes"); genogram and ecomap are drawn from connections instead.</summary>
public enum AssessmentKind
{
    /// <summary>Sākotnējais sociālās situācijas novērtējums: social, psychological and physical functioning, social factors, risks.</summary>
    InitialSocialSituation = 1,

    /// <summary>Funkcionālās novērtēšanas skala ("zirneklis"): configurable domains scored 1–5, shown as a radar chart.</summary>
    Functional = 2,

    /// <summary>Pamatvajadzību novērtējums and the resources scale (strengths and weaknesses, inner and outer resources).</summary>
    BasicNeedsAndResources = 3,

    /// <summary>Riska faktoru novērtējums ģimenēm ar bērniem: administrator-edited items scored 0–3 per family member.</summary>
    RiskFactors = 4,
}

public enum AssessmentStatus
{
    /// <summary>Being written; may be saved any number of times.</summary>
    Draft = 1,

    /// <summary>Signed off: read-only. A mistake is corrected by a new version with a reason.</summary>
    Completed = 2,
}

/// <summary>How far a basic need is met.</summary>
public enum NeedStatus
{
    Met = 1,
    PartlyMet = 2,
    NotMet = 3,
}

/// <summary>The basic needs the basic needs assessment looks at, in the order of the form.</summary>
public enum BasicNeed
{
    Housing = 1,
    Food = 2,
    Clothing = 3,
    Hygiene = 4,
    HealthCare = 5,
    Safety = 6,
    Education = 7,
    Income = 8,
    CareAndSupervision = 9,
}

/// <summary>How much an identified problem weighs on the client's situation (būtiskums).</summary>
public enum ProblemSignificance
{
    High = 1,
    Medium = 2,
    Low = 3,
}

/// <summary>The level a risk coefficient falls into (thresholds are settings).</summary>
public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>Where a family's next risk-factor assessment stands against "today".</summary>
public enum RiskDueState
{
    NotDue = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>What still keeps a draft from being completed.</summary>
public enum CompletionGap
{
    /// <summary>Initial assessment: none of social, psychological or physical functioning is described.</summary>
    FunctioningMissing = 1,

    /// <summary>Initial assessment: no conclusion.</summary>
    ConclusionMissing = 2,

    /// <summary>Functional assessment: fewer than <see cref="FunctionalScale.MinimumScored"/> domains scored.</summary>
    TooFewScores = 3,

    /// <summary>Basic needs: a need without met / partly / not met.</summary>
    NeedsNotRated = 4,

    /// <summary>Risk factors: not a single score given.</summary>
    NoRiskScores = 5,

    /// <summary>An identified problem without its definition.</summary>
    ProblemWithoutDefinition = 6,
}
