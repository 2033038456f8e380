namespace SocialServices.Domain.Applications;

/// <summary>How an application reached the social service (issue 4).</summary>
public enum ApplicationChannel
{
    InPerson = 1,
    Post = 2,
    EmailWithESignature = 3,
    Portal = 4,
}

/// <summary>Who submitted the application: the client, or a legal representative on the client's behalf.</summary>
public enum ApplicantKind
{
    Client = 1,
    LegalRepresentative = 2,
}

/// <summary>Where an application stands.</summary>
public enum ApplicationStatus
{
    /// <summary>Recorded; some required documents are still missing (no deadline runs yet).</summary>
    AwaitingDocuments = 1,

    /// <summary>All required documents are in; the one-month decision deadline runs.</summary>
    AwaitingDecision = 2,

    Granted = 3,
    Refused = 4,

    /// <summary>Placed in the service's queue; it can later be granted or refused.</summary>
    Queued = 5,

    /// <summary>The applicant withdrew the application before a final decision.</summary>
    Withdrawn = 6,
}

/// <summary>The kinds of decision a service manager takes on an application.</summary>
public enum DecisionKind
{
    Grant = 1,
    Refuse = 2,
    Queue = 3,

    /// <summary>Revokes the decision in force; the application awaits a new decision.</summary>
    Revoke = 4,
}

/// <summary>How the applicant was told about a decision or an extension.</summary>
public enum NotificationChannel
{
    InPerson = 1,
    Post = 2,
    Email = 3,
    Portal = 4,
    Phone = 5,
}
