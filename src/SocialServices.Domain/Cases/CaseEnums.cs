namespace SocialServices.Domain.Cases;

public enum CaseStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>Who brought the case to the social service (seed 001).</summary>
public enum ReferralSource
{
    Self = 1,
    Family = 2,
    School = 3,
    Police = 4,
    OrphansCourt = 5,
    Hospital = 6,
    OtherInstitution = 7,
}

/// <summary>The kinds of entry in a case's timeline. Later capabilities add assessments, plans, notes and evaluations.</summary>
public enum CaseEventKind
{
    Opened = 1,
    Closed = 2,
    Reopened = 3,
    Reassigned = 4,
    TeamMemberAdded = 5,
    TeamMemberRemoved = 6,
    MonitoringSet = 7,
    Archived = 8,
    Restored = 9,
    EmergencyAccess = 10,
    ApplicationRecorded = 11,
    DecisionTaken = 12,
    ServiceStarted = 13,
    ServiceEnded = 14,
    AssessmentStarted = 15,
    AssessmentCompleted = 16,
    AssessmentCorrected = 17,
    PlanRevised = 18,
    PlanAgreed = 19,
    ContactRecorded = 20,
    EvaluationRecorded = 21,
    CrisisFlagged = 22,
    CrisisResolved = 23,
    ConnectionRecorded = 24,

    /// <summary>A leader's end-of-group evaluation of the client (002 §11.1.2).</summary>
    GroupEvaluationRecorded = 25,
}
