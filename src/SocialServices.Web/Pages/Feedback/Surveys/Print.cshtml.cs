using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback.Surveys;

/// <summary>The questionnaire as a form to print and hand out on paper (the browser's print; navigation and buttons stay off the page).</summary>
public sealed class PrintModel(AppDbContext db, OrganisationInfo organisation) : PageModel
{
    public Questionnaire Questionnaire { get; private set; } = null!;

    public string OrganisationName { get; private set; } = string.Empty;

    public IReadOnlyList<PickOption> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Questions)
            .FirstOrDefaultAsync(q => q.Id == id && q.OrganisationId == organisationId, ct);
        if (questionnaire is null)
        {
            return NotFound();
        }

        Questionnaire = questionnaire;
        OrganisationName = await organisation.NameAsync(ct);
        Services = await FeedbackData.ServicesAsync(db, ct);
        return Page();
    }
}
