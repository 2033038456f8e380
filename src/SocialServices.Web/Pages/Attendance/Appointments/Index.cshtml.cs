using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Attendance;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Attendance.Appointments;

/// <summary>
/// Individual appointments of the clients in the user's scope, filtered by specialist and by days (the last 30 days by
/// default; a specialist sees their own by default). Each client shown is audited as read.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler, TimeProvider clock) : PageModel
{
    public const int MaxRows = 300;

    [BindProperty(SupportsGet = true)] public string? Specialist { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<AppointmentRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<StaffMember> Specialists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = LatvianTime.Today(clock);
        if (Specialist is null && User.IsInRole(Roles.Specialist))
        {
            Specialist = User.UserId();
        }

        From ??= today.AddDays(-30);
        To ??= today;
        if (To < From)
        {
            (From, To) = (To, From);
        }

        Specialists = await handler.SpecialistsAsync(ct);
        (Rows, Total) = await handler.ListAsync(User, Specialist is "" ? null : Specialist, From.Value, To.Value, ct);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AttendanceSummaries summaries, AuditLog audit)
    {
        public Task<List<StaffMember>> SpecialistsAsync(CancellationToken ct) => CaseData.ActiveStaffAsync(db, CaseData.TeamRoles, ct);

        public async Task<(IReadOnlyList<AppointmentRow> Rows, int Total)> ListAsync(ClaimsPrincipal user, string? specialistId, DateOnly from, DateOnly to, CancellationToken ct)
        {
            var clients = scope.Clients(user).Select(c => c.Id);
            var start = LatvianTime.StartOfDay(from);
            var end = LatvianTime.StartOfDay(to.AddDays(1));
            var query = db.Appointments.AsNoTracking().Where(a => clients.Contains(a.ClientId) && a.StartsAt >= start && a.StartsAt < end);
            if (specialistId is not null)
            {
                query = query.Where(a => a.SpecialistId == specialistId);
            }

            var total = await query.CountAsync(ct);
            var rows = await summaries.AppointmentRows(query.OrderByDescending(a => a.StartsAt).ThenByDescending(a => a.Id).Take(MaxRows)).ToListAsync(ct);
            foreach (var clientId in rows.Select(r => r.ClientId).Distinct())
            {
                audit.AddForClient(AuditActions.AppointmentList, clientId, null, string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}; to={to:yyyy-MM-dd}"));
            }

            await db.SaveChangesAsync(ct);
            return (rows, total);
        }
    }
}
