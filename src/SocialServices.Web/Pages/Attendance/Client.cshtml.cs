using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Attendance;
using SocialServices.Web.Auditing;

namespace SocialServices.Web.Pages.Attendance;

/// <summary>A client's attendance: per group (attended x of n held sessions), per service (sessions and appointments), every appointment.</summary>
public sealed class ClientModel(AccessScope scope, AttendanceSummaries summaries, AuditLog audit) : PageModel
{
    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    public ClientAttendance Attendance { get; private set; } = null!;

    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct)
    {
        var name = await scope.Clients(User).Where(c => c.Id == clientId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        ClientId = clientId;
        ClientName = name;
        Attendance = await summaries.ForClientAsync(clientId, ct);
        CanRecord = await AttendanceAccess.RecordsAppointmentsAsync(scope, User, clientId, ct);
        await audit.WriteForClientAsync(AuditActions.AttendanceRead, clientId, null, "page=client", ct: ct);
        return Page();
    }
}
