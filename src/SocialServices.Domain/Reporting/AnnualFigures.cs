using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Evaluations;

namespace SocialServices.Domain.Reporting;

/// <summary>A record behind a figure of the report (for traceability): its kind and id.</summary>
public sealed record RecordRef(string Kind, long Id);

/// <summary>The kinds of records a figure can be traced to (the preview links each to its page).</summary>
public static class RecordKinds
{
    public const string Client = "client";
    public const string Group = "group";
    public const string Session = "session";
    public const string Appointment = "appointment";
    public const string Episode = "episode";
    public const string Evaluation = "evaluation";
    public const string GroupEvaluation = "group-evaluation";
    public const string Complaint = "complaint";
    public const string SurveyResponse = "survey-response";
    public const string Staff = "staff";
}

/// <summary>Section 1, per service of the contract: what was delivered in the period.</summary>
public sealed record ServiceDelivery(int ServiceId, string Code, string Name, ServiceType Type, int GroupsRun, int SessionsHeld, int Appointments, int Episodes, int Clients);

/// <summary>Section 2, per client: the latest evaluation's overall result in the period and its goals.</summary>
public sealed record ClientPlanResult(int ClientId, string CaseNumber, OverallResult Result, DateOnly EvaluatedOn, int GoalsAchieved, int GoalsPartly, int GoalsNotAchieved, int EvaluationId);

/// <summary>Section 2 totals.</summary>
public sealed record PlanResultTotals(int Clients, int Progress, int NoChange, int Regress, int Goals, int GoalsAchieved, int GoalsPartly, int GoalsNotAchieved);

/// <summary>Section 4, per service: the satisfaction survey answers of the period.</summary>
public sealed record SatisfactionRow(int ServiceId, string ServiceName, int Responses, decimal? AverageScore);

/// <summary>Section 4: complaints received in the period by outcome.</summary>
public sealed record ComplaintFigures(int Received, int Justified, int PartlyJustified, int Unjustified, int Withdrawn, int Open);

/// <summary>Section 5: an education entry of a specialist.</summary>
public sealed record QualificationEducation(Staff.EducationLevel Level, string Institution, string Qualification, DateOnly? CompletedOn);

/// <summary>Section 5: a certificate or special training of a specialist, with its validity.</summary>
public sealed record QualificationCertificate(Staff.CertificateKind Kind, string Title, DateOnly IssuedOn, DateOnly? ValidUntil);

/// <summary>Section 5, per specialist who provided the contract's services in the period (led a session or gave an appointment).</summary>
public sealed record QualificationRow(int StaffId, string Name, string Position, string? ProfessionCode, bool SocialWorkSpecialist,
    IReadOnlyList<QualificationEducation> Education, IReadOnlyList<QualificationCertificate> Certificates);

/// <summary>Section 6, per staff member employed in the year: training and supervision against the requirements.</summary>
public sealed record DevelopmentRow(int StaffId, string Name, string Position, int Trainings, decimal TrainingHours, decimal RequiredTrainingHours,
    int SupervisionSessions, int RequiredSupervisionSessions, decimal SupervisionHours, IReadOnlyList<Staff.Shortfall> Shortfalls);

/// <summary>Section 6 totals.</summary>
public sealed record DevelopmentTotals(int Staff, int Trainings, decimal TrainingHours, int SupervisionSessions, decimal SupervisionHours, int StaffShort);

/// <summary>Section 2, per group programme of the contract: the end-of-group evaluations written in the period (the version in force).</summary>
public sealed record GroupEvaluationRow(int ServiceId, string ProgrammeCode, string ProgrammeName, int Groups, int Members, int SessionsAttended, int SessionsHeld);

/// <summary>
/// The figures of an annual report as computed from the records on a day: stored as the snapshot of a final report.
/// Every figure that can be traced names its key in <see cref="Trace"/> (the records behind it).
/// </summary>
public sealed record AnnualFigures
{
    public required int Year { get; init; }
    public required DateOnly PeriodFrom { get; init; }
    public required DateOnly PeriodTo { get; init; }
    public required DateTimeOffset ComputedAt { get; init; }
    public required string ProviderName { get; init; }
    public string? ProviderRegistrationNumber { get; init; }
    public required string MunicipalityName { get; init; }
    public required string ContractNumber { get; init; }
    public required DateOnly ContractSignedOn { get; init; }
    public required string DelegatedTask { get; init; }

    public IReadOnlyList<ServiceDelivery> Services { get; init; } = [];
    public int TotalClients { get; init; }

    public IReadOnlyList<ClientPlanResult> PlanResults { get; init; } = [];
    public required PlanResultTotals PlanTotals { get; init; }

    public required ClientDistribution Distribution { get; init; }

    public IReadOnlyList<SatisfactionRow> Satisfaction { get; init; } = [];
    public int SatisfactionResponses { get; init; }
    public required ComplaintFigures Complaints { get; init; }

    public IReadOnlyList<QualificationRow> Qualifications { get; init; } = [];
    public IReadOnlyList<DevelopmentRow> Development { get; init; } = [];
    public DevelopmentTotals? DevelopmentTotals { get; init; }

    public IReadOnlyList<GroupEvaluationRow> GroupEvaluations { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<RecordRef>> Trace { get; init; } = new Dictionary<string, IReadOnlyList<RecordRef>>();

    /// <summary>The records behind a figure (empty when none).</summary>
    public IReadOnlyList<RecordRef> Behind(string key) => Trace.TryGetValue(key, out var refs) ? refs : [];
}

/// <summary>The keys of traceable figures.</summary>
public static class FigureKeys
{
    public static string ServiceGroups(int serviceId) => $"s1.{serviceId}.groups";
    public static string ServiceSessions(int serviceId) => $"s1.{serviceId}.sessions";
    public static string ServiceAppointments(int serviceId) => $"s1.{serviceId}.appointments";
    public static string ServiceEpisodes(int serviceId) => $"s1.{serviceId}.episodes";
    public static string ServiceClients(int serviceId) => $"s1.{serviceId}.clients";
    public const string TotalClients = "s1.clients";
    public static string PlanResult(OverallResult result) => $"s2.{result}";
    public const string PlanClients = "s2.clients";
    public static string AgeGender(string band, string gender) => $"s3.{band}.{gender}";
    public static string ServiceType(ServiceType type) => $"s3.type.{type}";
    public static string SatisfactionService(int serviceId) => $"s4.survey.{serviceId}";
    public static string Complaints(string outcome) => $"s4.complaints.{outcome}";
    public static string GroupEvaluations(int serviceId) => $"s2.groups.{serviceId}";
    public const string Specialists = "s5.staff";
    public const string StaffDeveloped = "s6.staff";
    public const string StaffShort = "s6.short";
}
