using SocialServices.Domain.Cases;
using SocialServices.Domain.Plans;

namespace SocialServices.Domain.Tests.Plans;

internal static class PlanTestData
{
    public static readonly Actor Worker = new("worker-1", "Anna Bērziņa");
    public static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static TaskInput Task(string measure, DateOnly deadline, Guid? key = null, ResponsibleKind kind = ResponsibleKind.Client, string name = "Laura Kalniņa", string? userId = null) =>
        new(key, measure, deadline, "Rezultāts: " + measure, kind, name, userId);

    public static PlanContent Content(DateOnly on, params GoalInput[] goals) => new()
    {
        Kind = PlanKind.SocialRehabilitation,
        RevisedOn = on,
        Problems = ["Parādi par komunālajiem maksājumiem", "Bērns neapmeklē skolu"],
        Goals = goals,
        Services = ["Psihologa konsultācijas"],
        Institutions = ["Bāriņtiesa", "Skola"],
        Meetings = ["Katru otrdienu plkst. 10.00"],
    };

    public static CasePlan Plan(PlanContent content) => new(1, 2, 3, content, ReviewIntervals.Default, Worker, At);
}
