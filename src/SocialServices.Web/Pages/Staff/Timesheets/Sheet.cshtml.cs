using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;
using SocialServices.Web.Staff;

namespace SocialServices.Web.Pages.Staff.Timesheets;

/// <summary>
/// One person's monthly timesheet: sessions led, appointments and other work, by day, with totals. The person records
/// other work here while the month is open; a manager approves an ended month (which locks it) or reopens it with a
/// reason. Others' timesheets are for managers and auditors only (for anyone else they do not exist: 404).
/// </summary>
public sealed class SheetModel(SheetModel.Handler handler, IValidator<SheetModel.WorkCommand> workValidator, IValidator<SheetModel.ReasonCommand> reasonValidator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public WorkCommand Work { get; set; } = new();

    [BindProperty] public ReasonCommand Reason { get; set; } = new();

    public TimesheetView? View { get; private set; }

    public TimesheetMonth Month { get; private set; }

    public DateOnly Today { get; private set; }

    public bool Own { get; private set; }

    public bool CanRecord => Own && StaffAccess.HasTimesheet(User);

    public bool CanApprove => StaffAccess.ApprovesTimesheets(User) && !Own && Month.Last < Today;

    public async Task<IActionResult> OnGetAsync(string? user, string? month, CancellationToken ct)
    {
        if (!await LoadAsync(user, month, ct))
        {
            return NotFound();
        }

        Work = new WorkCommand { Date = Month.Contains(Today) ? Today : Month.Last < Today ? Month.Last : Month.First, Kind = OtherWorkKind.Documentation };
        await handler.AuditReadAsync(View!.UserId, Month, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string? user, string? month, CancellationToken ct)
    {
        if (!await LoadAsync(user, month, ct))
        {
            return NotFound();
        }

        if (!CanRecord)
        {
            return Forbid();
        }

        ModelState.Clear();
        var validation = await workValidator.ValidateAsync(WithToday(Work), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Work));
            return Page();
        }

        var date = Work.Date!.Value;
        if (await handler.IsLockedAsync(View!.UserId, date, ct))
        {
            ModelState.AddModelError("Work.Date", t["Timesheets.MonthLocked", Label(TimesheetMonth.Of(date))]);
            return Page();
        }

        await handler.AddAsync(View.UserId, Work, ct);
        TempData["StatusMessage"] = t["Timesheets.WorkAdded"].Value;
        return RedirectToPage(new { month = TimesheetMonth.Of(date).ToString() });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string? user, string? month, int entryId, CancellationToken ct)
    {
        if (!await LoadAsync(user, month, ct))
        {
            return NotFound();
        }

        var entry = View!.Entries.FirstOrDefault(e => e.Id == entryId && e.WithdrawnAt is null);
        if (!CanRecord || entry is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (View.Locked)
        {
            ModelState.AddModelError(string.Empty, t["Timesheets.MonthLocked", Label(Month)]);
            return Page();
        }

        var validation = await reasonValidator.ValidateAsync(Reason, ct);
        if (!validation.IsValid)
        {
            ModelState.AddModelError($"Withdraw{entryId}", validation.Errors[0].ErrorMessage);
            return Page();
        }

        await handler.WithdrawAsync(View.UserId, entryId, Reason.Text, ct);
        TempData["StatusMessage"] = t["Timesheets.WorkWithdrawn"].Value;
        return RedirectToPage(new { month = Month.ToString() });
    }

    public async Task<IActionResult> OnPostApproveAsync(string? user, string? month, CancellationToken ct)
    {
        if (!await LoadAsync(user, month, ct))
        {
            return NotFound();
        }

        if (!StaffAccess.ApprovesTimesheets(User))
        {
            return Forbid();
        }

        ModelState.Clear();
        if (Own || Month.Last >= Today || View!.Locked)
        {
            ModelState.AddModelError(string.Empty, t[Own ? "Timesheets.NotOwnApproval" : View!.Locked ? "Timesheets.AlreadyApproved" : "Timesheets.MonthNotEnded"]);
            return Page();
        }

        if (!await handler.ApproveAsync(View.UserId, Month, View.Sheet, User, ct))
        {
            // another manager approved the same month a moment earlier: say so instead of an error page
            await LoadAsync(user, month, ct);
            ModelState.AddModelError(string.Empty, t["Timesheets.AlreadyApproved"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Timesheets.Approved", View.FullName, Label(Month)].Value;
        return RedirectToPage(new { user = View.UserId, month = Month.ToString() });
    }

    public async Task<IActionResult> OnPostReopenAsync(string? user, string? month, CancellationToken ct)
    {
        if (!await LoadAsync(user, month, ct))
        {
            return NotFound();
        }

        if (!StaffAccess.ApprovesTimesheets(User))
        {
            return Forbid();
        }

        ModelState.Clear();
        if (!View!.Locked)
        {
            ModelState.AddModelError(string.Empty, t["Timesheets.NotApproved"]);
            return Page();
        }

        var validation = await reasonValidator.ValidateAsync(Reason, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Reason));
            return Page();
        }

        await handler.ReopenAsync(View.UserId, Month, Reason.Text, User.FullName(), ct);
        TempData["StatusMessage"] = t["Timesheets.Reopened", View.FullName, Label(Month)].Value;
        return RedirectToPage(new { user = View.UserId, month = Month.ToString() });
    }

    /// <summary>"novembris 2026" in the interface language.</summary>
    public string Label(TimesheetMonth month) => t["Timesheets.MonthLabel", t["Timesheets.Month." + month.Month].Value, month.Year].Value;

    private WorkCommand WithToday(WorkCommand work) => work with { Today = Today };

    private async Task<bool> LoadAsync(string? user, string? month, CancellationToken ct)
    {
        Today = LatvianTime.Today(handler.Clock);
        var me = User.UserId();
        var userId = string.IsNullOrWhiteSpace(user) ? me : user;
        Own = userId == me;
        if (userId is null || (!Own && !StaffAccess.ReadsAllTimesheets(User)))
        {
            return false;
        }

        Month = TimesheetMonth.Parse(month) ?? TimesheetMonth.Of(Today);
        View = await handler.LoadAsync(userId, Month, ct);
        return View is not null;
    }

    public sealed record WorkCommand
    {
        public DateOnly? Date { get; init; }
        public int? Minutes { get; init; }
        public OtherWorkKind? Kind { get; init; }
        public string? Note { get; init; }

        /// <summary>Set by the page (not posted): no work is recorded for a day still to come.</summary>
        [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
        public DateOnly Today { get; init; }
    }

    public sealed class WorkValidator : AbstractValidator<WorkCommand>
    {
        public WorkValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Date).NotNull().WithMessage(t["Timesheets.DateRequired"])
                .Must((c, date) => date is null || date <= c.Today).WithMessage(t["Timesheets.DateInFuture"]);
            RuleFor(c => c.Minutes).NotNull().WithMessage(t["Timesheets.MinutesRange", OtherWorkEntry.MaxMinutes])
                .InclusiveBetween(1, OtherWorkEntry.MaxMinutes).WithMessage(t["Timesheets.MinutesRange", OtherWorkEntry.MaxMinutes]);
            RuleFor(c => c.Kind).NotNull().WithMessage(t["Timesheets.KindRequired"]).IsInEnum().WithMessage(t["Timesheets.KindRequired"]);
            RuleFor(c => c.Note).OptionalText(t, OtherWorkEntry.MaxNoteLength);
        }
    }

    public sealed record ReasonCommand
    {
        public string Text { get; init; } = string.Empty;
    }

    public sealed class ReasonValidator : AbstractValidator<ReasonCommand>
    {
        public ReasonValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Text).RequiredText(t, "Timesheets.ReasonRequired", TimesheetApproval.MaxReasonLength);
        }
    }

    public sealed class Handler(AppDbContext db, SocialServices.Web.Staff.Timesheets timesheets, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public TimeProvider Clock => clock;

        public Task<TimesheetView?> LoadAsync(string userId, TimesheetMonth month, CancellationToken ct) => timesheets.MonthAsync(userId, month, ct);

        public Task<bool> IsLockedAsync(string userId, DateOnly date, CancellationToken ct) => timesheets.IsLockedAsync(userId, date, ct);

        public Task AuditReadAsync(string userId, TimesheetMonth month, CancellationToken ct) =>
            audit.WriteAsync(AuditActions.TimesheetRead, "timesheet", Key(userId, month), null, ct: ct);

        public async Task AddAsync(string userId, WorkCommand c, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(c);
            var entry = new OtherWorkEntry(await organisation.IdAsync(ct), userId, c.Date!.Value, c.Minutes!.Value, c.Kind!.Value, c.Note, userId, clock.GetUtcNow());
            db.OtherWorkEntries.Add(entry);
            audit.Add(AuditActions.TimesheetWorkAdd, "timesheet", Key(userId, TimesheetMonth.Of(entry.Date)),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{entry.Kind} {entry.Minutes} min {entry.Date:yyyy-MM-dd}"));
            await db.SaveChangesAsync(ct);
        }

        public async Task WithdrawAsync(string userId, int entryId, string reason, CancellationToken ct)
        {
            var entry = await db.OtherWorkEntries.FirstAsync(e => e.Id == entryId && e.UserId == userId, ct);
            entry.Withdraw(reason, clock.GetUtcNow());
            audit.Add(AuditActions.TimesheetWorkWithdraw, "timesheet", Key(userId, TimesheetMonth.Of(entry.Date)),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"entry {entryId}"));
            await db.SaveChangesAsync(ct);
        }

        /// <summary>False when someone else approved the month meanwhile (the unique month row or its version says so).</summary>
        public async Task<bool> ApproveAsync(string userId, TimesheetMonth month, MonthlyTimesheet sheet, System.Security.Claims.ClaimsPrincipal by, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(sheet);
            ArgumentNullException.ThrowIfNull(by);
            var now = clock.GetUtcNow();
            var approval = await db.TimesheetApprovals.FirstOrDefaultAsync(a => a.UserId == userId && a.Year == month.Year && a.Month == month.Month, ct);
            if (approval is null)
            {
                db.TimesheetApprovals.Add(new TimesheetApproval(userId, month, by.UserId()!, by.FullName(), sheet.TotalMinutes, sheet.TotalClientsServed, now));
            }
            else
            {
                approval.Approve(by.UserId()!, by.FullName(), sheet.TotalMinutes, sheet.TotalClientsServed, now);
            }

            audit.Add(AuditActions.TimesheetApprove, "timesheet", Key(userId, month),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"minutes={sheet.TotalMinutes}; clients={sheet.TotalClientsServed}"));
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }

        public async Task ReopenAsync(string userId, TimesheetMonth month, string reason, string byName, CancellationToken ct)
        {
            var approval = await db.TimesheetApprovals.FirstAsync(a => a.UserId == userId && a.Year == month.Year && a.Month == month.Month, ct);
            approval.Reopen(reason, byName, clock.GetUtcNow());
            audit.Add(AuditActions.TimesheetReopen, "timesheet", Key(userId, month), "reason: " + reason.Trim());
            await db.SaveChangesAsync(ct);
        }

        public static string Key(string userId, TimesheetMonth month) => userId + "/" + month;
    }
}
