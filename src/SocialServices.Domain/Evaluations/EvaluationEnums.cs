namespace SocialServices.Domain.Evaluations;

/// <summary>How far one goal of the plan was reached (seed 001: "novērtē sasniegtos/nesasniegtos mērķus").</summary>
public enum GoalAchievement
{
    Achieved = 1,
    PartlyAchieved = 2,
    NotAchieved = 3,
}

/// <summary>The overall result for the client: progress, no change or regress (the annual report counts these, 002 §11.1.3 p. 2).</summary>
public enum OverallResult
{
    Progress = 1,
    NoChange = 2,
    Regress = 3,
}

/// <summary>What the evaluation decides: the evaluation justifies a revised plan or closing the case (seed 001).</summary>
public enum EvaluationDecision
{
    /// <summary>Continue with the current plan.</summary>
    Continue = 1,
    RevisePlan = 2,
    CloseCase = 3,
}

/// <summary>The client's cooperation with the social worker during the period.</summary>
public enum ClientCooperation
{
    Active = 1,
    Partial = 2,
    Refuses = 3,
}

/// <summary>The client's motivation to change the situation.</summary>
public enum ClientMotivation
{
    High = 1,
    Moderate = 2,
    Low = 3,
}
