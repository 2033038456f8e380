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
    public const string ContractChange = "report.contract";
    public const string AnnualReportRead = "report.read";
    public const string AnnualReportChange = "report.change";
    public const string AnnualReportFinalise = "report.final";
    public const string AnnualReportExport = "report.export-pdf";
    public const string AnnualReportRecords = "report.records";
    public const string GroupCreate = "group.create";
    public const string GroupRead = "group.read";
    public const string GroupEnrol = "group.enrol";
    public const string AssessmentRead = "assessment.read";
    public const string AssessmentSave = "assessment.save";
    public const string AssessmentComplete = "assessment.complete";
    public const string AssessmentCorrect = "assessment.correct";
    public const string AssessmentExport = "assessment.export-pdf";
    public const string RiskItemsChange = "assessment.risk-items";
    public const string ConnectionChange = "connection.change";
    public const string GenogramRead = "connection.genogram";
    public const string PlanRead = "plan.read";
    public const string PlanRevise = "plan.revise";
    public const string PlanAgree = "plan.agree";
    public const string PlanExport = "plan.export-pdf";
    public const string ContactRecord = "contact.record";
    public const string ContactRead = "contact.read";
    public const string DraftSave = "draft.save";
    public const string EvaluationRecord = "evaluation.record";
    public const string EvaluationRead = "evaluation.read";
    public const string CrisisFlag = "crisis.flag";
    public const string CrisisResolve = "crisis.resolve";

    // Groups and sessions, end-of-group evaluations (issue 6: groups).
    public const string GroupUpdate = "group.update";
    public const string GroupSessionAdd = "group.session-add";
    public const string GroupSessionMove = "group.session-move";
    public const string GroupSessionCancel = "group.session-cancel";
    public const string GroupLeave = "group.leave";
    public const string GroupExport = "group.export";
    public const string GroupEvaluationRecord = "group.evaluation";
    public const string GroupEvaluationRead = "group.evaluation-read";
    public const string GroupEvaluationsExport = "group.evaluations-pdf";

    // Staff register and working time (issue 6, staff).
    public const string StaffList = "staff.list";
    public const string StaffRead = "staff.read";
    public const string StaffCreate = "staff.create";
    public const string StaffUpdate = "staff.update";
    public const string StaffEntryAdd = "staff.entry-add";
    public const string StaffEntryWithdraw = "staff.entry-withdraw";
    public const string StaffPositionChange = "staff.position-change";
    public const string TimesheetRead = "timesheet.read";
    public const string TimesheetWorkAdd = "timesheet.work-add";
    public const string TimesheetWorkWithdraw = "timesheet.work-withdraw";
    public const string TimesheetApprove = "timesheet.approve";
    public const string TimesheetReopen = "timesheet.reopen";
    public const string TimesheetExport = "timesheet.export";
    public const string WorkloadRead = "staff.workload";
    public const string PopulationChange = "staff.population";

    // Attendance (issue 6): session registers, individual appointments, attendance summaries.
    public const string AttendanceRead = "attendance.read";
    public const string AttendanceRecord = "attendance.record";
    public const string AttendanceCorrect = "attendance.correct";
    public const string AttendanceSession = "attendance.session";
    public const string AppointmentRecord = "attendance.appointment";
    public const string AppointmentList = "attendance.appointment-list";

    // feedback (issue 7): complaints register and satisfaction surveys
    public const string ComplaintRegister = "complaint.register";
    public const string ComplaintRead = "complaint.read";
    public const string ComplaintList = "complaint.list";
    public const string ComplaintHandle = "complaint.handle";
    public const string ComplaintClose = "complaint.close";
    public const string ComplaintWithdraw = "complaint.withdraw";
    public const string QuestionnaireSave = "survey.questionnaire-save";
    public const string QuestionnaireCopy = "survey.questionnaire-copy";
    public const string QuestionnaireRetire = "survey.questionnaire-retire";
    public const string SurveyResponseRecord = "survey.response";
    public const string SurveyResultsRead = "survey.results";

    // community compensation (issue 8b): unit costs, procured prices, monthly compensation claims
    public const string UnitCostRead = "compensation.unit-costs";
    public const string UnitCostChange = "compensation.unit-cost";
    public const string ProcuredPriceRead = "compensation.procured-prices";
    public const string ProcuredPriceChange = "compensation.procured-price";
    public const string ClaimList = "compensation.claim-list";
    public const string ClaimRead = "compensation.claim-read";
    public const string ClaimPrepare = "compensation.claim-prepare";
    public const string ClaimSubmit = "compensation.claim-submit";
    public const string ClaimNewVersion = "compensation.claim-version";
    public const string ClaimExport = "compensation.claim-export";

    // community episodes (issue 8a): target groups, service episodes, units delivered, support person, combination rules
    public const string CommunityRead = "community.read";
    public const string CommunityProfile = "community.profile";
    public const string EpisodeStart = "community.episode-start";
    public const string EpisodeEnd = "community.episode-end";
    public const string UnitsRead = "community.units-read";
    public const string UnitsRecord = "community.units-record";
    public const string UnitsWithdraw = "community.units-withdraw";
    public const string UnitsImport = "community.units-import";
    public const string SupportAssign = "community.support-assign";
    public const string SupportEnd = "community.support-end";
    public const string SupportMeetingRecord = "community.support-meeting";
    public const string CombinationRuleChange = "community.rule-change";
}
