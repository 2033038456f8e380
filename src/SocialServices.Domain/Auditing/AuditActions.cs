namespace SocialServices.Domain.Auditing;

/// <summary>The action codes written to the audit log.</summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string SignOut = "account.sign-out";
    public const string UserCreate = "user.create";
    public const string UserUpdate = "user.update";
    public const string UserRolesChange = "user.roles";
    public const string UserDeactivate = "user.deactivate";
    public const string UserReactivate = "user.reactivate";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserListExport = "user.export-pdf";
    public const string AuditLogRead = "audit.read";
    public const string AuditLogExport = "audit.export-csv";
    public const string AuditChainVerify = "audit.verify";
    public const string ClientRead = "client.read";
    public const string ClientSearch = "client.search";
    public const string ClientCreate = "client.create";
    public const string ClientUpdate = "client.update";
    public const string ClientArchive = "client.archive";
    public const string ClientRestore = "client.restore";
    public const string ClientRelationAdd = "client.relation-add";
    public const string ClientRelationEnd = "client.relation-end";
    public const string ClientFileExport = "client.export-pdf";
    public const string CaseRead = "case.read";
    public const string CaseOpen = "case.open";
    public const string CaseClose = "case.close";
    public const string CaseReopen = "case.reopen";
    public const string CaseReassign = "case.reassign";
    public const string CaseTeamChange = "case.team";
    public const string CaseMonitoring = "case.monitoring";
    public const string CaseArchive = "case.archive";
    public const string CaseRestore = "case.restore";
    public const string EmergencyAccess = "case.emergency-access";
    public const string EmergencyAccessReviewed = "case.emergency-access-reviewed";
    public const string ServiceCreate = "catalogue.create";
    public const string ServiceUpdate = "catalogue.update";
    public const string ServiceRetire = "catalogue.retire";
    public const string ServiceReinstate = "catalogue.reinstate";
    public const string ApplicationRead = "application.read";
    public const string ApplicationList = "application.list";
    public const string ApplicationCreate = "application.create";
    public const string ApplicationDocumentAdd = "application.document-add";
    public const string ApplicationDocumentDownload = "application.document-download";
    public const string ApplicationExtend = "application.extend";
    public const string ApplicationWithdraw = "application.withdraw";
    public const string ApplicationDecide = "application.decide";
    public const string ApplicationNotification = "application.notification";
    public const string ApplicationContract = "application.contract";
    public const string DecisionLetterExport = "application.letter-pdf";
    public const string GroupCreate = "group.create";
    public const string GroupRead = "group.read";
    public const string GroupEnrol = "group.enrol";
}
