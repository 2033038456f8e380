using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Domain.Plans;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Attendance;

namespace SocialServices.Web.Tests.Community;

/// <summary>Helpers of the community-episode tests: the catalogue, a completed assessment and a plan naming services, episodes made directly.</summary>
public abstract class CommunityTest(WebFixture fixture) : AttendanceTest(fixture)
{
    protected Task<int> ServiceIdAsync(string code) => WithDbAsync(db => db.Services.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    /// <summary>A completed risk assessment of the case (dated 5 days ago).</summary>
    protected Task<int> CompletedAssessmentAsync(int caseId) =>
        WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            var by = new Actor(caseFile.ResponsibleWorkerId!, "Tests");
            var at = AppFactory.DefaultNow.AddDays(-5);
            var content = RiskContent.Start([new RiskMember("Dace Krūmiņa", null, null)], [(1, "Atkarības")]);
            var risk = Assessment.Start(caseFile, AssessmentKind.RiskFactors, Today.AddDays(-5), new AssessmentContent(Risk: content), by, at);
            risk.SaveDraft(Today.AddDays(-5), new AssessmentContent(Risk: content with { Rows = [new RiskRow(1, "Atkarības", [1])] }), [], caseFile, by, at);
            risk.Complete(caseFile, null, Today.AddDays(-5), RiskThresholds.Default, 6, by, at);
            db.Assessments.Add(risk);
            await db.SaveChangesAsync();
            return risk.Id;
        });

    /// <summary>A plan of the case (made 3 days ago, review in 6 months) naming these services.</summary>
    protected Task<int> PlanWithServicesAsync(int caseId, params string[] services) =>
        WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            var content = new PlanContent { Kind = PlanKind.Support, RevisedOn = Today.AddDays(-3), ReviewOn = Today.AddMonths(6), Services = services };
            var plan = new CasePlan(caseFile.OrganisationId, caseId, caseFile.ClientId, content, ReviewIntervals.Default, new Actor(caseFile.ResponsibleWorkerId!, "Tests"), AppFactory.DefaultNow.AddDays(-3));
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    /// <summary>An episode made directly (no gate): for unit and combination tests.</summary>
    protected Task<int> EpisodeAsync(int caseId, string serviceCode, DateOnly start, DateOnly? plannedEnd, ServiceUnit unit) =>
        WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            var serviceId = await db.Services.Where(s => s.Code == serviceCode).Select(s => s.Id).SingleAsync();
            var episode = new ServiceEpisode(caseId, caseFile.ClientId, serviceId, null, start, plannedEnd, "DAC “Saulespuķe”");
            episode.MeasureIn(unit);
            db.ServiceEpisodes.Add(episode);
            await db.SaveChangesAsync();
            return episode.Id;
        });

    /// <summary>An adult client (born 1985) with a case of the worker.</summary>
    protected async Task<(int ClientId, int CaseId)> ClientWithCaseAsync(string firstName, string lastName, string workerId, string number)
    {
        var clientId = await ClientAsync(firstName, lastName, workerId);
        return (clientId, await CaseAsync(clientId, workerId, number));
    }

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The daily list's posted fields as the page filled them, with the quantity of chosen episodes changed.</summary>
    protected static List<KeyValuePair<string, string>> UnitFields(IHtmlDocument page, Func<int, string?> quantity, string? reason = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var row in page.QuerySelectorAll("#units-table tbody tr"))
        {
            var episodeId = int.Parse(row.GetAttribute("data-episode")!, CultureInfo.InvariantCulture);
            foreach (var input in row.QuerySelectorAll("input").Cast<IHtmlInputElement>())
            {
                var value = input.Name!.EndsWith(".Quantity", StringComparison.Ordinal) ? quantity(episodeId) ?? input.Value : input.Value;
                fields.Add(new(input.Name!, value));
            }
        }

        fields.Add(new("Input.Reason", reason ?? string.Empty));
        return fields;
    }
}
