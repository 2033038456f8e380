using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Compensation.Claims;

/// <summary>
/// The monthly compensation claims per municipality (all versions), and the service manager's form to prepare a month's
/// claim: a draft is made (or the existing draft or latest version opened). Auditors read.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler, IValidator<IndexModel.Command> validator, OrganisationInfo organisation, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Municipalities { get; private set; } = [];

    public bool CanPrepare => User.IsInRole(Roles.ServiceManager);

    public sealed record Row(int Id, string Municipality, DateOnly Month, int VersionNumber, ClaimStatus Status, decimal? Total, DateTimeOffset? SubmittedAt, string? Reason);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var lastMonth = TwoYearLimit.MonthOf(LatvianTime.Today(clock)).AddMonths(-1);
        Input = new Command { MunicipalityId = Municipalities.Count == 1 ? Municipalities[0].Id : null, Month = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        await audit.WriteAsync(AuditActions.ClaimList, "CompensationClaim", null, null, ct: ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanPrepare)
        {
            return Forbid();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid || !await handler.MunicipalityExistsAsync(Input.MunicipalityId!.Value, ct))
        {
            if (ModelState.IsValid)
            {
                return NotFound();
            }

            await LoadAsync(ct);
            return Page();
        }

        var id = await handler.PrepareAsync(await organisation.IdAsync(ct), Input.MunicipalityId!.Value, Command.ParseMonth(Input.Month)!.Value, CaseData.ActorOf(User), clock.GetUtcNow(), ct);
        return RedirectToPage("Details", new { id });
    }

    private async Task LoadAsync(CancellationToken ct) => (Rows, Municipalities) = await handler.ListAsync(await organisation.IdAsync(ct), ct);

    public sealed record Command
    {
        public int? MunicipalityId { get; init; }

        /// <summary>"yyyy-MM" (the browser's month field).</summary>
        public string? Month { get; init; }

        public static DateOnly? ParseMonth(string? text) =>
            DateOnly.TryParseExact((text ?? string.Empty).Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= CaseData.EarliestDate ? day : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, TimeProvider clock)
        {
            RuleFor(c => c.MunicipalityId).NotNull().WithMessage(t["Claims.MunicipalityRequired"]);
            RuleFor(c => c.Month).Cascade(CascadeMode.Stop)
                .Must(m => Command.ParseMonth(m) is not null).WithMessage(t["Claims.MonthRequired"])
                .Must(m => Command.ParseMonth(m) <= TwoYearLimit.MonthOf(LatvianTime.Today(clock))).WithMessage(t["Claims.MonthInFuture"]);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public async Task<(IReadOnlyList<Row>, IReadOnlyList<(int, string)>)> ListAsync(int organisationId, CancellationToken ct)
        {
            var rows = await (from c in db.CompensationClaims.AsNoTracking()
                              where c.OrganisationId == organisationId
                              join m in db.Municipalities on c.MunicipalityId equals m.Id
                              orderby c.Month descending, m.Name, c.VersionNumber descending
                              select new Row(c.Id, m.Name, c.Month, c.VersionNumber, c.Status, c.Total, c.SubmittedAt, c.Reason)).ToListAsync(ct);
            var municipalities = (await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
                .Select(m => (m.Id, m.Name)).ToList();
            return (rows, municipalities);
        }

        public Task<bool> MunicipalityExistsAsync(int id, CancellationToken ct) => db.Municipalities.AnyAsync(m => m.Id == id, ct);

        /// <summary>The month's draft, or its latest version when there is no draft, or a new first draft.</summary>
        public async Task<int> PrepareAsync(int organisationId, int municipalityId, DateOnly month, Domain.Cases.Actor by, DateTimeOffset at, CancellationToken ct)
        {
            var existing = await db.CompensationClaims.AsNoTracking()
                .Where(c => c.OrganisationId == organisationId && c.MunicipalityId == municipalityId && c.Month == month)
                .OrderByDescending(c => c.Status == ClaimStatus.Draft).ThenByDescending(c => c.VersionNumber)
                .Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            if (existing is { } id)
            {
                return id;
            }

            var claim = new CompensationClaim(organisationId, municipalityId, month, 1, null, by.UserId, by.Name, at);
            db.CompensationClaims.Add(claim);
            audit.Add(AuditActions.ClaimPrepare, "CompensationClaim", null, string.Create(CultureInfo.InvariantCulture, $"municipality={municipalityId}; month={month:yyyy-MM}; version=1"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // prepared by someone else at the same moment: open theirs
                db.ChangeTracker.Clear();
                return await db.CompensationClaims.Where(c => c.MunicipalityId == municipalityId && c.Month == month && c.Status == ClaimStatus.Draft).Select(c => c.Id).FirstAsync(ct);
            }

            return claim.Id;
        }
    }
}
