using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff;

/// <summary>
/// A staff member's record: position, employment, education, certificates, trainings and supervisions, and the
/// standing against this year's requirements. Managers, administrators and auditors read every record; anyone reads
/// their own; for others the record does not exist (404). Every read is audited.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public Record? Data { get; private set; }

    public int Year { get; private set; }

    public bool CanEdit { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken ct)
    {
        var today = LatvianTime.Today(handler.Clock);
        Today = today;
        Year = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        Data = await handler.LoadAsync(id, Year, User, ct);
        if (Data is null)
        {
            return NotFound();
        }

        CanEdit = StaffAccess.EditsRegister(User);
        return Page();
    }

    public sealed record Record(StaffMember Member, StaffPosition Position, string? UserName, StaffYearRow Year, int WarningDays);

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<StaffSettings> settings)
    {
        public TimeProvider Clock => clock;

        public async Task<Record?> LoadAsync(int id, int year, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(user);
            var member = await db.StaffMembers.AsNoTracking()
                .Include(m => m.Education)
                .Include(m => m.Certificates)
                .Include(m => m.Trainings)
                .Include(m => m.Supervisions)
                .AsSplitQuery()
                .FirstOrDefaultAsync(m => m.Id == id, ct);
            if (member is null || (!StaffAccess.ReadsRegister(user) && (member.UserId is null || member.UserId != user.UserId())))
            {
                return null;
            }

            var position = await db.StaffPositions.AsNoTracking().FirstAsync(p => p.Id == member.PositionId, ct);
            var userName = member.UserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == member.UserId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
            var today = LatvianTime.Today(clock);
            var asOf = year == today.Year ? today : new DateOnly(year, 12, 31);
            var row = StaffRequirements.Row(member, position, settings.Value.Rules(), year, asOf);
            await audit.WriteAsync(AuditActions.StaffRead, "staff", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ct: ct);
            return new Record(member, position, userName, row, settings.Value.ChildRightsExpiryWarningDays);
        }
    }
}
