using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback.Complaints;

/// <summary>
/// One complaint. Managers and auditors see everything; a worker or specialist who registered it sees what they
/// registered and whether it has been answered, not the investigation (it may concern colleagues).
/// </summary>
public sealed class DetailsModel(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, TimeProvider clock) : PageModel
{
    public ComplaintView Complaint { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool SeesHandling => FeedbackData.ReadsAll(User);

    public bool CanHandle => FeedbackData.Handles(User) && Complaint.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await ComplaintData.ReadAsync(db, scope, audit, User, await organisation.IdAsync(ct), id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Complaint = view;
        Today = LatvianTime.Today(clock);
        return Page();
    }
}
