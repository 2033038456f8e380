using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Access;
using SocialServices.Web.Attendance;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Attendance.Appointments;

/// <summary>
/// Records an individual appointment (consultation, individual support, home visit): the client, the specialist, when and
/// how long, the service and case it belongs to (optional), whether the client came, a note. Social workers, specialists
/// and managers record them for clients in their own scope; the case page links here with the case chosen.
/// </summary>
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    public const string NowKey = "Now";
    public const string OptionsKey = "Options";

    [BindProperty] public Command Input { get; set; } = new();

    public FormOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? clientId, int? caseId, CancellationToken ct)
    {
        var (result, options) = await handler.OptionsAsync(clientId, caseId, User, ct);
        if (result is { } refused && refused != Handler.Refusal.NoClient)
        {
            return Result(refused);
        }

        Options = options!;
        var now = LatvianTime.ToLocal(clock.GetUtcNow());
        Input = new Command
        {
            ClientId = Options.ClientId,
            CaseFileId = Options.CaseFileId,
            SpecialistId = Options.Specialists.Any(s => s.Id == User.UserId()) ? User.UserId() : null,
            Kind = AppointmentKind.Consultation,
            Date = DateOnly.FromDateTime(now.DateTime),
            Time = new TimeOnly(now.Hour, 0),
            DurationMinutes = 60,
            Status = AttendanceStatus.Present,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, options) = await handler.OptionsAsync(Input.ClientId, null, User, ct, postedCase: Input.CaseFileId);
        if (result is { } refused && refused != Handler.Refusal.NoClient)
        {
            return Result(refused);
        }

        Options = options!;
        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, (NowKey, LatvianTime.ToLocal(clock.GetUtcNow())), (OptionsKey, Options)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        await handler.RecordAsync(Input, ct);
        TempData["StatusMessage"] = t["Appointments.Recorded"].Value;
        return Input.CaseFileId is { } caseId
            ? Redirect(Url.Page("/Cases/Details", new { id = caseId }) + "#attendance")
            : RedirectToPage("/Attendance/Client", new { clientId = Input.ClientId });
    }

    private IActionResult Result(Handler.Refusal refusal) => refusal == Handler.Refusal.Forbidden ? Forbid() : NotFound();

    public sealed record Choice<TKey>(TKey Id, string Name);

    public sealed record FormOptions(int? ClientId, string? ClientName, int? CaseFileId, IReadOnlyList<Choice<int>> Clients, IReadOnlyList<Choice<int>> Cases,
        IReadOnlyList<StaffMember> Specialists, IReadOnlyList<Choice<int>> Services);

    public sealed class Command
    {
        public int? ClientId { get; set; }
        public int? CaseFileId { get; set; }
        public string? SpecialistId { get; set; }
        public AppointmentKind? Kind { get; set; }
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }
        public int? DurationMinutes { get; set; }
        public int? ServiceId { get; set; }
        public AttendanceStatus? Status { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ClientId).NotNull().WithMessage(t["Appointments.ClientRequired"]);
            RuleFor(c => c.SpecialistId).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(t["Appointments.SpecialistRequired"])
                .Must((_, id, context) => context.Get<FormOptions>(OptionsKey).Specialists.Any(s => s.Id == id)).WithMessage(t["Appointments.SpecialistRequired"]);
            RuleFor(c => c.Kind).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Appointments.KindRequired"])
                .IsInEnum().WithMessage(t["Appointments.KindRequired"]);
            RuleFor(c => c.Date).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Appointments.DateRequired"])
                .Must(d => d >= CaseData.EarliestDate).WithMessage(t["Appointments.DateTooEarly"])
                .Must((_, day, context) => day <= DateOnly.FromDateTime(context.Get<DateTimeOffset>(NowKey).DateTime)).WithMessage(t["Appointments.DateInFuture"]);
            RuleFor(c => c.Time).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Appointments.TimeRequired"])
                .Must((c, time, context) =>
                {
                    var now = context.Get<DateTimeOffset>(NowKey);
                    return c.Date != DateOnly.FromDateTime(now.DateTime) || time <= TimeOnly.FromDateTime(now.DateTime).AddMinutes(5);
                }).WithMessage(t["Appointments.TimeInFuture"]);
            RuleFor(c => c.DurationMinutes).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Appointments.DurationRequired"])
                .InclusiveBetween(1, Appointment.MaxDurationMinutes).WithMessage(t["Appointments.DurationRange", Appointment.MaxDurationMinutes]);
            RuleFor(c => c.ServiceId)
                .Must((_, id, context) => id is null || context.Get<FormOptions>(OptionsKey).Services.Any(s => s.Id == id)).WithMessage(t["Appointments.ServiceUnknown"]);
            RuleFor(c => c.CaseFileId)
                .Must((_, id, context) => id is null || context.Get<FormOptions>(OptionsKey).Cases.Any(s => s.Id == id)).WithMessage(t["Appointments.CaseUnknown"]);
            RuleFor(c => c.Status).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Appointments.StatusRequired"])
                .IsInEnum().WithMessage(t["Appointments.StatusRequired"]);
            RuleFor(c => c.Note).OptionalText(t, Appointment.MaxNoteLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public enum Refusal
        {
            NotFound,
            Forbidden,

            /// <summary>No client given: the form offers the user's own clients to choose from.</summary>
            NoClient,
        }

        /// <summary>What the form offers for the client (or the case's client); a stop when the user may not record for them.</summary>
        public async Task<(Refusal? Refusal, FormOptions? Options)> OptionsAsync(int? clientId, int? caseId, ClaimsPrincipal user, CancellationToken ct, int? postedCase = null)
        {
            if (!AttendanceAccess.MayRecordAppointments(user))
            {
                return (Refusal.Forbidden, null);
            }

            if (caseId is { } c)
            {
                var (access, caseClient) = await scope.ForCaseAsync(user, c, ct);
                if (access == ClientAccess.NotFound)
                {
                    return (Refusal.NotFound, null);
                }

                clientId = caseClient;
            }

            if (clientId is not { } id)
            {
                return (caseId is null ? Refusal.NoClient : Refusal.NotFound, caseId is null ? await ClientChoiceAsync(user, ct) : null);
            }

            if (!await scope.Clients(user).AnyAsync(k => k.Id == id, ct))
            {
                return (Refusal.NotFound, null);
            }

            if (!await AttendanceAccess.RecordsAppointmentsAsync(scope, user, id, ct))
            {
                return (Refusal.Forbidden, null);
            }

            var name = await db.Clients.Where(k => k.Id == id).Select(k => k.FirstName + " " + k.LastName).FirstAsync(ct);
            var cases = await scope.Cases(user).Where(f => f.ClientId == id && !f.IsArchived).OrderByDescending(f => f.OpenedOn)
                .Select(f => new Choice<int>(f.Id, f.Number)).ToListAsync(ct);
            return (null, new FormOptions(id, name, caseId ?? postedCase, [], cases, await SpecialistsAsync(ct), await ServicesAsync(ct)));
        }

        public async Task<FormOptions> ClientChoiceAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            var clients = await scope.OwnClients(user).Where(c => !c.IsArchived).OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Take(500)
                .Select(c => new Choice<int>(c.Id, c.LastName + " " + c.FirstName)).ToListAsync(ct);
            return new FormOptions(null, null, null, clients, [], await SpecialistsAsync(ct), await ServicesAsync(ct));
        }

        private Task<List<StaffMember>> SpecialistsAsync(CancellationToken ct) => CaseData.ActiveStaffAsync(db, CaseData.TeamRoles, ct);

        private Task<List<Choice<int>>> ServicesAsync(CancellationToken ct) =>
            db.Services.AsNoTracking().Where(s => s.IsActive && s.Type != ServiceType.EducationalAndSupportGroup).OrderBy(s => s.Code)
                .Select(s => new Choice<int>(s.Id, s.Code + " " + s.Name)).ToListAsync(ct);

        public async Task RecordAsync(Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var clientId = command.ClientId!.Value;
            var organisationId = await db.Clients.Where(c => c.Id == clientId).Select(c => c.OrganisationId).FirstAsync(ct);
            var local = command.Date!.Value.ToDateTime(command.Time!.Value, DateTimeKind.Unspecified);
            var startsAt = new DateTimeOffset(local, LatvianTime.Zone.GetUtcOffset(local)).ToUniversalTime();
            var appointment = new Appointment(organisationId, clientId, command.ServiceId, command.CaseFileId, command.SpecialistId!, command.Kind!.Value,
                startsAt, command.DurationMinutes!.Value, command.Status!.Value, command.Note);
            db.Appointments.Add(appointment);
            audit.AddForClient(AuditActions.AppointmentRecord, clientId, command.CaseFileId,
                string.Create(CultureInfo.InvariantCulture, $"kind={appointment.Kind}; at={startsAt.UtcDateTime:yyyy-MM-ddTHH:mmZ}; minutes={appointment.DurationMinutes}; status={appointment.Status}; specialist={appointment.SpecialistId}; service={appointment.ServiceId}"));
            await db.SaveChangesAsync(ct);
        }
    }
}
