using FluentValidation;
using Microsoft.AspNetCore.Authorization;
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

namespace SocialServices.Web.Pages.Staff;

/// <summary>Adds an education, certificate, training or supervision entry to a staff member's record.</summary>
[Authorize(Policy = AuthorizationPolicies.StaffEditor)]
public sealed class EntryModel(EntryModel.Handler handler, IValidator<EntryModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public string StaffName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, StaffEntryKind kind, CancellationToken ct)
    {
        var name = await handler.NameAsync(id, ct);
        if (name is null || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        StaffName = name;
        Input = new Command { Kind = kind, Date = LatvianTime.Today(handler.Clock), Hours = kind == StaffEntryKind.Supervision ? 1.5m : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, StaffEntryKind kind, CancellationToken ct)
    {
        var name = await handler.NameAsync(id, ct);
        if (name is null || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        StaffName = name;
        Input = Input with { Kind = kind };
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        await handler.AddAsync(id, Input, ct);
        TempData["StatusMessage"] = t["Staff.EntryAdded." + kind].Value;
        return RedirectToPage("Details", new { id });
    }

    public sealed record Command
    {
        public StaffEntryKind Kind { get; init; }
        public EducationLevel? Level { get; init; }
        public CertificateKind? CertificateKind { get; init; }
        public SupervisionForm? Form { get; init; }

        /// <summary>Institution (education), issuer (certificate), provider (training), supervisor (supervision).</summary>
        public string? Who { get; init; }

        /// <summary>Qualification (education), title (certificate), topic (training).</summary>
        public string? What { get; init; }

        /// <summary>Completed (education), issued (certificate), held (training, supervision).</summary>
        public DateOnly? Date { get; init; }

        public DateOnly? ValidUntil { get; init; }
        public decimal? Hours { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            When(c => c.Kind == StaffEntryKind.Education, () =>
            {
                RuleFor(c => c.Level).NotNull().WithMessage(t["Staff.LevelRequired"]).IsInEnum().WithMessage(t["Staff.LevelRequired"]);
                RuleFor(c => c.Who!).RequiredText(t, "Staff.InstitutionRequired", StaffEntry.MaxTextLength);
                RuleFor(c => c.What!).RequiredText(t, "Staff.QualificationRequired", StaffEntry.MaxTextLength);
            });
            When(c => c.Kind == StaffEntryKind.Certificate, () =>
            {
                RuleFor(c => c.CertificateKind).NotNull().WithMessage(t["Staff.CertificateKindRequired"]).IsInEnum().WithMessage(t["Staff.CertificateKindRequired"]);
                RuleFor(c => c.What!).RequiredText(t, "Staff.CertificateTitleRequired", StaffEntry.MaxTextLength);
                RuleFor(c => c.Who).OptionalText(t, StaffEntry.MaxTextLength);
                RuleFor(c => c.Date).NotNull().WithMessage(t["Staff.IssuedOnRequired"]);
                RuleFor(c => c.ValidUntil).Must((c, until) => until is null || c.Date is null || until >= c.Date).WithMessage(t["Staff.ValidUntilBeforeIssued"]);
            });
            When(c => c.Kind == StaffEntryKind.Training, () =>
            {
                RuleFor(c => c.What!).RequiredText(t, "Staff.TopicRequired", StaffEntry.MaxTextLength);
                RuleFor(c => c.Who).OptionalText(t, StaffEntry.MaxTextLength);
                RuleFor(c => c.Date).NotNull().WithMessage(t["Staff.DateRequired"]);
                RuleFor(c => c.Hours).NotNull().WithMessage(t["Staff.HoursRange"]).ExclusiveBetween(0m, 1000m).WithMessage(t["Staff.HoursRange"]);
            });
            When(c => c.Kind == StaffEntryKind.Supervision, () =>
            {
                RuleFor(c => c.Who!).RequiredText(t, "Staff.SupervisorRequired", StaffEntry.MaxTextLength);
                RuleFor(c => c.Form).NotNull().WithMessage(t["Staff.FormRequired"]).IsInEnum().WithMessage(t["Staff.FormRequired"]);
                RuleFor(c => c.Date).NotNull().WithMessage(t["Staff.DateRequired"]);
                RuleFor(c => c.Hours).NotNull().WithMessage(t["Staff.HoursRange"]).ExclusiveBetween(0m, 1000m).WithMessage(t["Staff.HoursRange"]);
            });
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public TimeProvider Clock => clock;

        public async Task<string?> NameAsync(int id, CancellationToken ct) =>
            await db.StaffMembers.AsNoTracking().Where(m => m.Id == id).Select(m => m.FirstName + " " + m.LastName).FirstOrDefaultAsync(ct);

        public async Task AddAsync(int id, Command c, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(c);
            var member = await db.StaffMembers.FirstAsync(m => m.Id == id, ct);
            _ = c.Kind switch
            {
                StaffEntryKind.Education => (StaffEntry)member.AddEducation(c.Level!.Value, c.Who!, c.What!, c.Date),
                StaffEntryKind.Certificate => member.AddCertificate(c.CertificateKind!.Value, c.What!, c.Who, c.Date!.Value, c.ValidUntil),
                StaffEntryKind.Training => member.AddTraining(c.Date!.Value, c.What!, c.Who, c.Hours!.Value),
                _ => member.AddSupervision(c.Date!.Value, c.Who!, c.Form!.Value, c.Hours!.Value),
            };
            audit.Add(AuditActions.StaffEntryAdd, "staff", id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Kind.ToString());
            await db.SaveChangesAsync(ct);
        }
    }
}
