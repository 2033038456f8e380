using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Feedback;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback.Surveys;

/// <summary>
/// Satisfaction per service and year: the number of responses, per scale question the average and how many gave each
/// score, and the free-text answers. The same numbers as the annual report (both come from <see cref="FeedbackReport"/>).
/// </summary>
[Authorize(Roles = FeedbackData.Readers)]
public sealed class ResultsModel(AppDbContext db, FeedbackReport report, AuditLog audit, OrganisationInfo organisation, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public int? QuestionnaireId { get; private set; }

    public int? ServiceId { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<PickOption> Questionnaires { get; private set; } = [];

    public IReadOnlyList<PickOption> Services { get; private set; } = [];

    public IReadOnlyList<FeedbackReport.ServiceSatisfaction> Results { get; private set; } = [];

    public async Task OnGetAsync(int? year, int? questionnaireId, int? serviceId, CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var today = LatvianTime.Today(clock);
        Years = (await db.SurveyResponses.AsNoTracking().Where(r => r.OrganisationId == organisationId).Select(r => r.AnsweredOn.Year).Distinct().ToListAsync(ct))
            .Append(today.Year).Distinct().OrderDescending().ToList();
        Year = year is >= 2000 and <= 9999 ? year.Value : today.Year;
        var questionnaires = await db.Questionnaires.AsNoTracking().Where(q => q.OrganisationId == organisationId)
            .Select(q => new { q.Id, q.Name, q.VersionNumber }).ToListAsync(ct);
        Questionnaires = questionnaires.OrderBy(q => q.Name, Cultures.LatvianComparer).ThenByDescending(q => q.VersionNumber)
            .Select(q => new PickOption(q.Id, q.Name + " (" + q.VersionNumber.ToString(CultureInfo.InvariantCulture) + ")")).ToList();
        Services = await FeedbackData.ServicesAsync(db, ct);
        QuestionnaireId = Questionnaires.Any(q => q.Id == questionnaireId) ? questionnaireId : null;
        ServiceId = serviceId is { } s && await db.Services.AnyAsync(x => x.Id == s, ct) ? serviceId : null;
        Results = await report.ResultsAsync(organisationId, Year, ServiceId is { } only ? [only] : null, QuestionnaireId, ct);
        await audit.WriteAsync(AuditActions.SurveyResultsRead, "questionnaire", QuestionnaireId?.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"year={Year}; service={ServiceId?.ToString(CultureInfo.InvariantCulture) ?? "all"}"), ct: ct);
    }

    public static string Average(decimal? average) => average?.ToString("0.00", Cultures.LatvianCulture) ?? "—";
}
