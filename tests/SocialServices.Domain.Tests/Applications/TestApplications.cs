using SocialServices.Domain.Applications;
using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Tests.Applications;

/// <summary>Applications as a social worker records them, for the application tests.</summary>
internal static class TestApplications
{
    public const string Number = "IES-2026/0001";
    public const string Income = "Izziņa par ienākumiem";
    public const string CourtOpinion = "Bāriņtiesas atzinums";
    public const string LegalBasis = "Sociālo pakalpojumu un sociālās palīdzības likuma 9. pants";

    public static readonly Actor Worker = new("worker-1", "Ilze Kalniņa");
    public static readonly Actor Manager = new("manager-1", "Jānis Ozols");
    public static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static ServiceApplication New(DateOnly submittedOn, params string[] requiredDocuments) =>
        new(
            organisationId: 1,
            clientId: 10,
            serviceId: 20,
            Number,
            new ApplicationDetails(submittedOn, ApplicationChannel.InPerson, ApplicantKind.Client, null, null, null, Worker.UserId, null, null),
            requiredDocuments,
            Worker,
            At);

    public static ApplicationDocument Receive(this ServiceApplication application, string name, DateOnly on) =>
        application.AddDocument(name, on, null, Worker, At);

    public static ApplicationDecision Grant(this ServiceApplication application, DateOnly on) =>
        application.Decide(DecisionKind.Grant, on, LegalBasis, null, null, Manager, At);

    public static ApplicationDecision Refuse(this ServiceApplication application, DateOnly on, string reasons = "Neatbilst mērķa grupai") =>
        application.Decide(DecisionKind.Refuse, on, LegalBasis, reasons, null, Manager, At);

    public static ApplicationDecision Queue(this ServiceApplication application, DateOnly on, int position = 1) =>
        application.Decide(DecisionKind.Queue, on, LegalBasis, null, position, Manager, At);

    public static ApplicationDecision Revoke(this ServiceApplication application, DateOnly on, string reasons = "Lēmums pieņemts kļūdaini") =>
        application.Decide(DecisionKind.Revoke, on, LegalBasis, reasons, null, Manager, At);
}
