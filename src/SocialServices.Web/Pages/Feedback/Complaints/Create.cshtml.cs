using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Feedback;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Feedback.Complaints;

/// <summary>
/// Registers a complaint: managers, and social workers or specialists who received one (it then waits on the manager's
/// board). The number (SŪDZ-2026/0003) is taken in the transaction that saves it; the deadline follows the setting.
/// </summary>
[Authorize(Roles = FeedbackData.Registrars)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string TodayKey = "Today";
    public const string FormKey = "Form";

    [BindProperty] public Command Input { get; set; } = new();

    public Form Data { get; private set; } = new([], [], []);

    public async Task OnGetAsync(int? clientId, CancellationToken ct)
    {
        Data = await handler.FormAsync(User, ct);
        var client = Data.Clients.FirstOrDefault(c => c.Id == clientId);
        Input = new Command
        {
            ReceivedOn = LatvianTime.Today(clock),
            From = client is null ? null : ComplainantKind.Client,
            ClientId = client?.Id,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Data = await handler.FormAsync(User, ct);
        ModelState.Clear();
        var result = await validator.ValidateAsync(CaseRules.With(Input, (TodayKey, LatvianTime.Today(clock)), (FormKey, Data)), ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var created = await handler.CreateAsync(Input, User, ct);
        TempData["StatusMessage"] = t["Complaints.Registered", created.Number].Value;
        return RedirectToPage("Details", new { id = created.Id });
    }

    public sealed record Form(IReadOnlyList<PickOption> Clients, IReadOnlyList<PickOption> Services, IReadOnlyList<StaffOption> Staff);

    public sealed record Command
    {
        public DateOnly? ReceivedOn { get; init; }
        public ComplainantKind? From { get; init; }
        public int? ClientId { get; init; }
        public string? ComplainantName { get; init; }
        public ComplaintChannel? Channel { get; init; }
        public string Subject { get; init; } = string.Empty;
        public int? ServiceId { get; init; }
        public List<string> StaffIds { get; init; } = [];
        public string? StaffText { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ReceivedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Complaints.ReceivedRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Complaints.DateInFuture"])
                .Must(date => date >= FeedbackData.EarliestDate).WithMessage(t["Complaints.DateTooEarly"]);
            RuleFor(c => c.From).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Complaints.FromRequired"])
                .IsInEnum().WithMessage(t["Complaints.FromRequired"]);
            RuleFor(c => c.ClientId)
                .NotNull().WithMessage(t["Complaints.ClientRequired"])
                .When(c => c.From == ComplainantKind.Client);
            RuleFor(c => c.ClientId)
                .Must((_, id, context) => context.Get<Form>(FormKey).Clients.Any(k => k.Id == id)).WithMessage(t["Complaints.ClientInvalid"])
                .When(c => c.ClientId is not null && c.From is ComplainantKind.Client or ComplainantKind.Representative);
            RuleFor(c => c.ComplainantName)
                .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(t["Complaints.NameRequired"])
                .When(c => c.From is ComplainantKind.Representative or ComplainantKind.Other);
            RuleFor(c => c.ComplainantName).OptionalText(t, Complaint.NameMaxLength);
            RuleFor(c => c.Channel).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Complaints.ChannelRequired"])
                .IsInEnum().WithMessage(t["Complaints.ChannelRequired"]);
            RuleFor(c => c.Subject).RequiredText(t, "Complaints.SubjectRequired", Complaint.SubjectMaxLength);
            RuleFor(c => c.ServiceId)
                .Must((_, id, context) => context.Get<Form>(FormKey).Services.Any(s => s.Id == id)).WithMessage(t["Complaints.ServiceInvalid"])
                .When(c => c.ServiceId is not null);
            RuleFor(c => c.StaffIds)
                .Must((_, ids, context) => ids.All(id => context.Get<Form>(FormKey).Staff.Any(s => s.Id == id))).WithMessage(t["Complaints.StaffInvalid"]);
            RuleFor(c => c.StaffText).OptionalText(t, Complaint.StaffTextMaxLength);
        }
    }

    public sealed record Created(int Id, string Number);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, IOptions<ComplaintSettings> settings, TimeProvider clock)
    {
        public async Task<Form> FormAsync(ClaimsPrincipal user, CancellationToken ct) =>
            new(await FeedbackData.ClientsAsync(scope, user, ct), await FeedbackData.ServicesAsync(db, ct), await FeedbackData.StaffAsync(db, ct));

        public async Task<Created> CreateAsync(Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var from = command.From!.Value;
            var receivedOn = command.ReceivedOn!.Value;
            var details = new ComplaintDetails(
                receivedOn,
                from,
                from is ComplainantKind.Client or ComplainantKind.Representative ? command.ClientId : null,
                from is ComplainantKind.Representative or ComplainantKind.Other ? command.ComplainantName : null,
                command.Channel!.Value,
                command.Subject,
                command.ServiceId,
                command.StaffIds.Where(s => !string.IsNullOrWhiteSpace(s)).ToList(),
                command.StaffText);
            var organisationId = await organisation.IdAsync(ct);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await ComplaintNumbers.NextAsync(db, organisationId, receivedOn.Year, ct);
            var complaint = new Complaint(organisationId, number, details, settings.Value.DueOn(receivedOn), CaseData.ActorOf(user), clock.GetUtcNow());
            db.Complaints.Add(complaint);
            ComplaintData.AddAudit(audit, AuditActions.ComplaintRegister, complaint.ClientId, number, "from=" + from + "; channel=" + complaint.Channel);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Created(complaint.Id, number);
        }
    }
}
