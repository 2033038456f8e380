using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Plans;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Plans;

/// <summary>Plan and delivery-record tests: plan forms, plans and contacts made directly through the domain.</summary>
public abstract class PlanTestBase(WebFixture fixture) : CaseTest(fixture)
{
    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Lv(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The plan form's fields: a kind, a date and two goals (the second with a worker responsible).</summary>
    protected static List<KeyValuePair<string, string>> PlanForm(string workerId, DateOnly revisedOn, string reason = "", string review = "", bool livesAtProvider = false) =>
        Fields(
            ("Input.Kind", nameof(PlanKind.SocialRehabilitation)),
            ("Input.RevisedOn", Iso(revisedOn)),
            ("Input.ReviewOn", review),
            ("Input.ClientLivesAtProvider", livesAtProvider ? "true" : "false"),
            ("Input.Problems", "Parādi par komunālajiem maksājumiem\n\nBērns kavē skolu"),
            ("Input.Goals[0].Text", "Sakārtot ģimenes finanses"),
            ("Input.Goals[0].Tasks[0].Measure", "Sastādīt mēneša budžetu"),
            ("Input.Goals[0].Tasks[0].Deadline", Iso(revisedOn.AddDays(14))),
            ("Input.Goals[0].Tasks[0].ExpectedResult", "Rakstisks budžets"),
            ("Input.Goals[0].Tasks[0].ResponsibleKind", nameof(ResponsibleKind.Client)),
            ("Input.Goals[0].Tasks[0].ResponsibleName", "Jānis Bērziņš"),
            ("Input.Goals[1].Text", "Bērns regulāri apmeklē skolu"),
            ("Input.Goals[1].Tasks[0].Measure", "Tikšanās ar klases audzinātāju"),
            ("Input.Goals[1].Tasks[0].Deadline", Iso(revisedOn.AddDays(7))),
            ("Input.Goals[1].Tasks[0].ExpectedResult", "Vienošanās par kavējumu uzskaiti"),
            ("Input.Goals[1].Tasks[0].ResponsibleKind", nameof(ResponsibleKind.Worker)),
            ("Input.Goals[1].Tasks[0].ResponsibleUserId", workerId),
            ("Input.Services", "Psihologa konsultācijas"),
            ("Input.Institutions", "Jelgavas 4. vidusskola\nBāriņtiesa"),
            ("Input.Meetings", "Katru otrdienu plkst. 10.00"),
            ("Input.Reason", reason));

    /// <summary>Opens the plan form and posts the fields with its version (and the keys the form carries unless the fields name them).</summary>
    protected static async Task<HttpResponseMessage> SavePlanAsync(HttpClient client, int caseId, List<KeyValuePair<string, string>> fields)
    {
        var url = $"/Plans/Edit/{caseId}";
        var page = await GetDocumentAsync(client, url);
        var values = new List<KeyValuePair<string, string>>(fields) { new("Input.Version", Version(page)) };
        foreach (var key in page.QuerySelectorAll("input[type=hidden][name$='.Key']"))
        {
            var name = key.GetAttribute("name")!;
            if (values.All(v => v.Key != name) && !string.IsNullOrEmpty(key.GetAttribute("value")))
            {
                values.Add(new(name, key.GetAttribute("value")!));
            }
        }

        return await PostPairsAsync(client, url, values, null, page);
    }

    protected async Task<CasePlan> StoredPlanAsync(int caseId) =>
        await WithDbAsync(db => db.Plans.AsNoTracking()
            .Include(p => p.Revisions).ThenInclude(r => r.Goals).ThenInclude(g => g.Tasks)
            .Include(p => p.Revisions).ThenInclude(r => r.Agreements)
            .AsSplitQuery().SingleAsync(p => p.CaseFileId == caseId));

    /// <summary>A plan made directly: one goal with the given tasks (measure, deadline), revision dated <paramref name="on"/>.</summary>
    protected async Task<CasePlan> PlanAsync(int caseId, string workerId, DateOnly on, params (string Measure, DateOnly Deadline)[] tasks) =>
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            var content = new PlanContent
            {
                Kind = PlanKind.Service,
                RevisedOn = on,
                Goals = [new GoalInput(null, "Mērķis", [.. tasks.Select(t => new TaskInput(null, t.Measure, t.Deadline, "Rezultāts", ResponsibleKind.Worker, "Tests", workerId))])],
            };
            var plan = new CasePlan(caseFile.OrganisationId, caseId, caseFile.ClientId, content, ReviewIntervals.Default, new Actor(workerId, "Tests"), AppFactory.DefaultNow);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan;
        });

    /// <summary>A delivery record made directly, <paramref name="daysAgo"/> days before the test's now.</summary>
    protected async Task ContactAsync(int caseId, string workerId, int daysAgo, params (Guid Task, TaskOutcome Outcome)[] tasks) =>
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            var planId = await db.Plans.Where(p => p.CaseFileId == caseId).Select(p => (int?)p.Id).FirstOrDefaultAsync();
            db.ContactRecords.Add(new ContactRecord(caseFile.OrganisationId, caseId, caseFile.ClientId, new ContactDetails
            {
                OccurredAt = AppFactory.DefaultNow.AddDays(-daysAgo),
                DurationMinutes = 30,
                Kind = ContactKind.PhoneCall,
                Participants = "Klients",
                PlanId = tasks.Length > 0 ? planId : null,
                PlanRevisionNumber = tasks.Length > 0 ? 1 : null,
                Tasks = [.. tasks.Select(t => new TaskOutcomeInput(t.Task, t.Outcome, "Uzdevums"))],
            }, new Actor(workerId, "Tests"), AppFactory.DefaultNow.AddDays(-daysAgo)));
            return await db.SaveChangesAsync();
        });
}
