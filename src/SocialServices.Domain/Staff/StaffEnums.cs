namespace SocialServices.Domain.Staff;

/// <summary>
/// The group of a position for the yearly training requirement (earlier Regulation No. 291 point 2.4): the hours per
/// year are settings per category.
/// </summary>
public enum PositionCategory
{
    /// <summary>Head of the institution or service (vadītājs).</summary>
    Head = 1,

    /// <summary>Social worker (sociālais darbinieks).</summary>
    SocialWorker = 2,

    /// <summary>Social assistance organiser (sociālās palīdzības organizators).</summary>
    SocialAssistanceOrganiser = 3,

    /// <summary>Social carer (sociālais aprūpētājs).</summary>
    SocialCarer = 4,

    /// <summary>Social rehabilitator (sociālais rehabilitētājs).</summary>
    SocialRehabilitator = 5,

    /// <summary>Carer (aprūpētājs).</summary>
    Carer = 6,

    /// <summary>Any other position (psychologist, occupational therapist, ...).</summary>
    Other = 7,
}

/// <summary>Level of an education entry (Latvian education levels).</summary>
public enum EducationLevel
{
    Secondary = 1,
    VocationalSecondary = 2,
    FirstLevelHigher = 3,
    Bachelor = 4,
    ProfessionalBachelor = 5,
    Master = 6,
    ProfessionalMaster = 7,
    Doctorate = 8,
}

/// <summary>Kind of a certificate or special training with validity.</summary>
public enum CertificateKind
{
    /// <summary>Special knowledge in child-rights protection (bērnu tiesību aizsardzība), required for work with children.</summary>
    ChildRightsProtection = 1,

    /// <summary>Any other certificate (first aid, a method, a licence).</summary>
    Other = 2,
}

/// <summary>Individual or group supervision.</summary>
public enum SupervisionForm
{
    Individual = 1,
    Group = 2,
}

/// <summary>The kinds of working time a specialist records by hand (besides sessions and appointments).</summary>
public enum OtherWorkKind
{
    Preparation = 1,
    Documentation = 2,
    Supervision = 3,
    Training = 4,
    Other = 5,
}

/// <summary>Activity of one line of a timesheet.</summary>
public enum TimesheetActivity
{
    GroupSession = 1,
    Consultation = 2,
    IndividualSupport = 3,
    HomeVisit = 4,
    Preparation = 5,
    Documentation = 6,
    Supervision = 7,
    Training = 8,
    Other = 9,
}

/// <summary>The part of a staff member's record an entry belongs to.</summary>
public enum StaffEntryKind
{
    Education = 1,
    Certificate = 2,
    Training = 3,
    Supervision = 4,
}
