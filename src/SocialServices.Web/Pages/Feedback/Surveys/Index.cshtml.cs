using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback.Surveys;

/// <summary>
/// The satisfaction questionnaires: managers write them, copy one into a new version when its questions must change
/// after answers exist, and retire old ones; everyone prints the form; staff type in filled-in forms; managers and
/// auditors read the results.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, OrganisationInfo organisation, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record Row(int Id, string Name, int VersionNumber, int Questions, int Responses, bool Retired);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var rows = await db.Questionnaires.AsNoTracking().Where(q => q.OrganisationId == organisationId)
            .Select(q => new Row(q.Id, q.Name, q.VersionNumber, q.Questions.Count, db.SurveyResponses.Count(r => r.QuestionnaireId == q.Id), q.RetiredAt != null))
            .ToListAsync(ct);
        Rows = rows.OrderBy(r => r.Retired).ThenBy(r => r.Name, Cultures.LatvianComparer).ThenByDescending(r => r.VersionNumber).ToList();
    }

    /// <summary>Copies a questionnaire into the next version of its name (questions open to change) and opens it for editing.</summary>
    public async Task<IActionResult> OnPostCopyAsync(int id, CancellationToken ct)
    {
        if (!FeedbackData.Handles(User))
        {
            return Forbid();
        }

        var organisationId = await organisation.IdAsync(ct);
        var source = await db.Questionnaires.Include(q => q.Questions).FirstOrDefaultAsync(q => q.Id == id && q.OrganisationId == organisationId, ct);
        if (source is null)
        {
            return NotFound();
        }

        var next = await db.Questionnaires.Where(q => q.OrganisationId == organisationId && q.Name == source.Name).MaxAsync(q => q.VersionNumber, ct) + 1;
        var copy = source.CopyAsVersion(next, User.UserId()!, clock.GetUtcNow());
        db.Questionnaires.Add(copy);
        audit.Add(AuditActions.QuestionnaireCopy, "questionnaire", id.ToString(CultureInfo.InvariantCulture), "version=" + next.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["Surveys.Copied", copy.Name, next].Value;
        return RedirectToPage("Edit", new { id = copy.Id });
    }

    /// <summary>Retires a questionnaire: no more answers are typed in against it; its results stay.</summary>
    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct)
    {
        if (!FeedbackData.Handles(User))
        {
            return Forbid();
        }

        var organisationId = await organisation.IdAsync(ct);
        var questionnaire = await db.Questionnaires.FirstOrDefaultAsync(q => q.Id == id && q.OrganisationId == organisationId, ct);
        if (questionnaire is null)
        {
            return NotFound();
        }

        questionnaire.Retire(clock.GetUtcNow());
        audit.Add(AuditActions.QuestionnaireRetire, "questionnaire", id.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["Surveys.Retired", questionnaire.Name].Value;
        return RedirectToPage();
    }

    public static bool MayEnterAnswers(System.Security.Claims.ClaimsPrincipal user) => FeedbackData.Registers(user);
}
