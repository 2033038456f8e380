using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Contacts;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Contacts;

/// <summary>The delivery records' section of the case page: the latest records and a short form to record a contact.</summary>
public sealed class CaseContactsViewComponent(AppDbContext db, AccessScope scope, TimeProvider clock) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var caseFile = await scope.CaseAsync(user, caseId, ct);
        if (caseFile is null)
        {
            return Content(string.Empty);
        }

        var canRecord = !caseFile.IsArchived && await scope.AccessToAsync(user, caseFile.ClientId, ct) == ClientAccess.Edit;
        var records = await db.ContactRecords.AsNoTracking().Include(c => c.Tasks).Where(c => c.CaseFileId == caseId)
            .OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Take(Shown).ToListAsync(ct);
        var total = await db.ContactRecords.CountAsync(c => c.CaseFileId == caseId, ct);
        var plan = canRecord ? await ContactData.CurrentTasksAsync(db, caseId, ct) : null;
        var input = RecordModel.Command.Blank(LatvianTime.ToLocal(clock.GetUtcNow()), plan) with { ReturnTo = RecordModel.ReturnToCase };
        return View("~/Pages/Contacts/Components/CaseContacts.cshtml", new CaseContactsView(caseId, records, total, canRecord, plan, input));
    }
}

/// <summary>What the case page's contacts section shows.</summary>
public sealed record CaseContactsView(int CaseId, IReadOnlyList<ContactRecord> Records, int Total, bool CanRecord, CurrentPlanTasks? Plan, RecordModel.Command Input);
