namespace SocialServices.Domain.Plans;

/// <summary>The kind of plan (000 §4, 001): the same structure under three names.</summary>
public enum PlanKind
{
    SocialRehabilitation = 1,
    Service = 2,
    Support = 3,
}

/// <summary>Who is responsible for a task of the plan.</summary>
public enum ResponsibleKind
{
    /// <summary>A member of staff (a user of the product).</summary>
    Worker = 1,
    Client = 2,
    FamilyMember = 3,
    Institution = 4,
}

/// <summary>How the client agreed to (or refused) a revision of the plan.</summary>
public enum AgreementMethod
{
    /// <summary>Signed in person on the printed plan.</summary>
    Signature = 1,
    InWriting = 2,
    Orally = 3,
    Refused = 4,
}
