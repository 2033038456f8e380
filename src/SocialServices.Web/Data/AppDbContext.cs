using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientRelation> ClientRelations => Set<ClientRelation>();
    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();
    public DbSet<CaseTeamMember> CaseTeamMembers => Set<CaseTeamMember>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<ServiceApplication> Applications => Set<ServiceApplication>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<ApplicationDecision> ApplicationDecisions => Set<ApplicationDecision>();
    public DbSet<Configurations.StoredFile> StoredFiles => Set<Configurations.StoredFile>();
    public DbSet<ProgrammeGroup> ProgrammeGroups => Set<ProgrammeGroup>();
    public DbSet<GroupEnrolment> GroupEnrolments => Set<GroupEnrolment>();
    public DbSet<ServiceEpisode> ServiceEpisodes => Set<ServiceEpisode>();

    // Annual report (issue 7).
    public DbSet<Domain.Reporting.DelegationContract> DelegationContracts => Set<Domain.Reporting.DelegationContract>();
    public DbSet<Domain.Reporting.AnnualReport> AnnualReports => Set<Domain.Reporting.AnnualReport>();

    // Case-work cycle (issue 5): one block per part.
    public DbSet<Domain.Assessments.Assessment> Assessments => Set<Domain.Assessments.Assessment>();
    public DbSet<Domain.Assessments.FunctionalDomain> FunctionalDomains => Set<Domain.Assessments.FunctionalDomain>();
    public DbSet<Domain.Assessments.RiskItem> RiskItems => Set<Domain.Assessments.RiskItem>();


    public DbSet<Domain.Plans.CasePlan> Plans => Set<Domain.Plans.CasePlan>();
    public DbSet<Domain.Plans.PlanRevision> PlanRevisions => Set<Domain.Plans.PlanRevision>();
    public DbSet<Domain.Plans.PlanGoal> PlanGoals => Set<Domain.Plans.PlanGoal>();
    public DbSet<Domain.Plans.PlanTask> PlanTasks => Set<Domain.Plans.PlanTask>();
    public DbSet<Domain.Plans.PlanAgreement> PlanAgreements => Set<Domain.Plans.PlanAgreement>();


    public DbSet<Domain.Contacts.ContactRecord> ContactRecords => Set<Domain.Contacts.ContactRecord>();
    public DbSet<Domain.Contacts.ContactTaskOutcome> ContactTaskOutcomes => Set<Domain.Contacts.ContactTaskOutcome>();


    public DbSet<CrisisFlag> CaseCrises => Set<CrisisFlag>();
    public DbSet<CrisisNotice> CaseCrisisNotices => Set<CrisisNotice>();
    public DbSet<Domain.Drafts.TextDraft> TextDrafts => Set<Domain.Drafts.TextDraft>();
    public DbSet<Domain.Evaluations.Evaluation> Evaluations => Set<Domain.Evaluations.Evaluation>();
    public DbSet<Domain.Evaluations.EvaluationGoal> EvaluationGoals => Set<Domain.Evaluations.EvaluationGoal>();


    public DbSet<SocialServices.Domain.Connections.OutsideConnection> OutsideConnections => Set<SocialServices.Domain.Connections.OutsideConnection>();


    // Groups, attendance, working time and staff (issue 6): one block per part.
    public DbSet<GroupSession> GroupSessions => Set<GroupSession>();
    public DbSet<GroupLeader> GroupLeaders => Set<GroupLeader>();
    public DbSet<SessionLeader> SessionLeaders => Set<SessionLeader>();
    public DbSet<Domain.Attendance.AttendanceRecord> AttendanceRecords => Set<Domain.Attendance.AttendanceRecord>();
    public DbSet<Domain.Attendance.Appointment> Appointments => Set<Domain.Attendance.Appointment>();

    public DbSet<GroupMemberEvaluation> GroupMemberEvaluations => Set<GroupMemberEvaluation>();

    public DbSet<Domain.Attendance.AttendanceChange> AttendanceChanges => Set<Domain.Attendance.AttendanceChange>();

    // scale (issue 9): kept by database triggers, read by the annual report
    internal DbSet<Configurations.ClientGroupYear> ClientGroupYears => Set<Configurations.ClientGroupYear>();

    public DbSet<Domain.Staff.StaffPosition> StaffPositions => Set<Domain.Staff.StaffPosition>();
    public DbSet<Domain.Staff.StaffMember> StaffMembers => Set<Domain.Staff.StaffMember>();
    public DbSet<Domain.Staff.StaffEducation> StaffEducation => Set<Domain.Staff.StaffEducation>();
    public DbSet<Domain.Staff.StaffCertificate> StaffCertificates => Set<Domain.Staff.StaffCertificate>();
    public DbSet<Domain.Staff.StaffTraining> StaffTrainings => Set<Domain.Staff.StaffTraining>();
    public DbSet<Domain.Staff.StaffSupervision> StaffSupervisions => Set<Domain.Staff.StaffSupervision>();
    public DbSet<Domain.Staff.OtherWorkEntry> OtherWorkEntries => Set<Domain.Staff.OtherWorkEntry>();
    public DbSet<Domain.Staff.TimesheetApproval> TimesheetApprovals => Set<Domain.Staff.TimesheetApproval>();

    // feedback (issue 7)
    public DbSet<Domain.Feedback.Complaint> Complaints => Set<Domain.Feedback.Complaint>();
    public DbSet<Domain.Feedback.Questionnaire> Questionnaires => Set<Domain.Feedback.Questionnaire>();
    public DbSet<Domain.Feedback.SurveyQuestion> SurveyQuestions => Set<Domain.Feedback.SurveyQuestion>();
    public DbSet<Domain.Feedback.SurveyResponse> SurveyResponses => Set<Domain.Feedback.SurveyResponse>();
    public DbSet<Domain.Feedback.SurveyAnswer> SurveyAnswers => Set<Domain.Feedback.SurveyAnswer>();
    internal DbSet<Configurations.ComplaintNumberCounter> ComplaintNumberCounters => Set<Configurations.ComplaintNumberCounter>();

    internal DbSet<Configurations.ApplicationNumberCounter> ApplicationNumberCounters => Set<Configurations.ApplicationNumberCounter>();
    internal DbSet<Configurations.CaseNumberCounter> CaseNumberCounters => Set<Configurations.CaseNumberCounter>();
    // issue 8: community-based services (shared)
    public DbSet<Domain.Community.DeliveredUnit> DeliveredUnits => Set<Domain.Community.DeliveredUnit>();

    public DbSet<Domain.Community.CommunityProfile> CommunityProfiles => Set<Domain.Community.CommunityProfile>();
    public DbSet<Domain.Community.CombinationRule> CombinationRules => Set<Domain.Community.CombinationRule>();
    public DbSet<Domain.Community.SupportAssignment> SupportAssignments => Set<Domain.Community.SupportAssignment>();
    public DbSet<Domain.Community.SupportMeeting> SupportMeetings => Set<Domain.Community.SupportMeeting>();

    public DbSet<Domain.Community.UnitCost> UnitCosts => Set<Domain.Community.UnitCost>();
    public DbSet<Domain.Community.ProcuredPrice> ProcuredPrices => Set<Domain.Community.ProcuredPrice>();
    public DbSet<Domain.Community.CompensationClaim> CompensationClaims => Set<Domain.Community.CompensationClaim>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");

        // Identity names its tables explicitly ("AspNetUsers"); keep every table snake_case like the rest.
        builder.Entity<AppUser>().ToTable("asp_net_users");
        builder.Entity<IdentityRole>().ToTable("asp_net_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("asp_net_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("asp_net_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("asp_net_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("asp_net_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("asp_net_role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
