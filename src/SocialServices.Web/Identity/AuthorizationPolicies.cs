namespace SocialServices.Web.Identity;

public static class AuthorizationPolicies
{
    public const string Administrator = nameof(Administrator);

    /// <summary>Reads the access log: auditors and administrators.</summary>
    public const string AuditReader = nameof(AuditReader);

    /// <summary>Opens client and case pages (what they see is then limited by <c>AccessScope</c>): workers, specialists, managers, auditors.</summary>
    public const string ClientReader = nameof(ClientReader);

    /// <summary>Changes client data and case files: social workers and service managers.</summary>
    public const string ClientEditor = nameof(ClientEditor);

    /// <summary>Service managers: reassign, restore archived records, review emergency accesses.</summary>
    public const string Manager = nameof(Manager);

    /// <summary>The annual provider report: service managers (prepare it) and auditors (read and export it).</summary>
    public const string ReportReader = nameof(ReportReader);

    /// <summary>Delegation contracts: service managers and administrators.</summary>
    public const string ContractEditor = nameof(ContractEditor);

    /// <summary>Reads the staff register: service managers, administrators and auditors (a person reads their own record anyway).</summary>
    public const string StaffReader = nameof(StaffReader);

    /// <summary>Keeps the staff register: service managers and administrators.</summary>
    public const string StaffEditor = nameof(StaffEditor);

    /// <summary>Opens timesheets: those who record working time (their own) and managers and auditors (everyone's).</summary>
    public const string TimesheetReader = nameof(TimesheetReader);

    /// <summary>Monthly compensation claims and procured prices (issue 8b): service managers prepare and submit, auditors read.</summary>
    public const string CompensationReader = nameof(CompensationReader);

    /// <summary>Unit costs of community-based services: administrators set them, service managers and auditors read them.</summary>
    public const string UnitCostReader = nameof(UnitCostReader);
}
