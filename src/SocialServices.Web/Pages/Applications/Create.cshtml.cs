using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Applications;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// Records an application for a client in the user's scope (002 §10.1): first the service (its required documents
/// shape the form), then submission date and channel, the applicant (the client or a legal representative), the case
/// file, the responsible worker, the custody question of programme 6.1.1, notes, and which documents came with it.
/// The number (IES-2026/0007) is taken inside the transaction that saves the application.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string TodayKey = "Today";
    public const string ManagerKey = "IsManager";
    public const string FormKey = "Form";

    [BindProperty] public Command Input { get; set; } = new();

    public Form Data { get; private set; } = null!;

    /// <summary>The service the form is for (chosen in the first step); null while none is chosen.</summary>
    public ServiceOption? Service { get; private set; }

    public async Task<IActionResult> OnGetAsync(int clientId, int? serviceId, CancellationToken ct)
    {
        var stop = await LoadAsync(clientId, ct);
        if (stop is not null)
        {
            return stop;
        }

        Service = Data.Services.FirstOrDefault(s => s.Id == serviceId);
        if (serviceId is not null && Service is null)
        {
            ModelState.AddModelError("serviceId", t["Applications.ServiceInvalid"]);
        }

        var today = ApplicationData.Today(clock);
        Input = new Command
        {
            ServiceId = Service?.Id,
            SubmittedOn = today,
            ApplicantKind = ApplicantKind.Client,
            CaseFileId = Data.OpenCases.Count == 1 ? Data.OpenCases[0].Id : null,
            ResponsibleWorkerId = User.IsInRole(Roles.SocialWorker) ? User.UserId() : null,
            Documents = Service?.RequiredDocuments.Select(d => new DocumentInput { Name = d, ReceivedOn = today }).ToList() ?? [],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int clientId, CancellationToken ct)
    {
        var stop = await LoadAsync(clientId, ct);
        if (stop is not null)
        {
            return stop;
        }

        Service = Data.Services.FirstOrDefault(s => s.Id == Input.ServiceId);
        if (Data.ClientArchived || Service is null)
        {
            return Service is null ? RedirectToPage("Create", new { clientId }) : Page();
        }

        // Show every required document of the service, whatever was posted (a crafted post cannot add others).
        Input = Input with { Documents = Service.RequiredDocuments.Select(d => Input.Documents.FirstOrDefault(p => string.Equals(p.Name, d, StringComparison.OrdinalIgnoreCase)) is { } posted ? posted with { Name = d } : new DocumentInput { Name = d }).ToList() };

        // Only the form's own rules speak (a value that does not parse arrives empty and gets their message).
        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, (TodayKey, ApplicationData.Today(clock)), (ManagerKey, User.IsInRole(Roles.ServiceManager)), (FormKey, Data)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var created = await handler.CreateAsync(Data, Service, Input, User, ct);
        TempData["StatusMessage"] = t["Applications.Created", created.Number].Value;
        return RedirectToPage("Details", new { id = created.Id });
    }

    private async Task<IActionResult?> LoadAsync(int clientId, CancellationToken ct)
    {
        var data = await handler.LoadAsync(clientId, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        if (data.Access != ClientAccess.Edit)
        {
            return Forbid();
        }

        Data = data;
        return null;
    }

    public sealed record ServiceOption(int Id, string Code, string Name, IReadOnlyList<string> RequiredDocuments, bool IsGroupProgramme);

    public sealed record RepresentativeOption(int RelationId, string Name);

    public sealed record CaseOption(int Id, string Number);

    public sealed record Form(
        int ClientId,
        string ClientName,
        bool ClientArchived,
        ClientAccess Access,
        IReadOnlyList<ServiceOption> Services,
        IReadOnlyList<RepresentativeOption> Representatives,
        IReadOnlyList<CaseOption> OpenCases,
        IReadOnlyList<StaffMember> Workers);

    public sealed record DocumentInput
    {
        public string Name { get; init; } = string.Empty;
        public bool Received { get; init; }
        public DateOnly? ReceivedOn { get; init; }
    }

    public sealed record Command
    {
        public int? ServiceId { get; init; }
        public DateOnly? SubmittedOn { get; init; }
        public ApplicationChannel? Channel { get; init; }
        public ApplicantKind? ApplicantKind { get; init; }
        public int? ApplicantRelationId { get; init; }
        public string? ApplicantName { get; init; }
        public int? CaseFileId { get; init; }
        public string? ResponsibleWorkerId { get; init; }
        public bool? CustodyRightsAtRisk { get; init; }
        public string? Notes { get; init; }
        public List<DocumentInput> Documents { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, AppDbContext db)
        {
            RuleFor(c => c.SubmittedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Applications.SubmittedRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Applications.DateInFuture"])
                .Must(date => date >= CaseData.EarliestDate).WithMessage(t["Applications.DateTooEarly"]);
            RuleFor(c => c.Channel).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Applications.ChannelRequired"])
                .IsInEnum().WithMessage(t["Applications.ChannelRequired"]);
            RuleFor(c => c.ApplicantKind).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Applications.ApplicantRequired"])
                .IsInEnum().WithMessage(t["Applications.ApplicantRequired"]);
            When(c => c.ApplicantKind == Domain.Applications.ApplicantKind.LegalRepresentative, () =>
            {
                RuleFor(c => c.ApplicantRelationId)
                    .Must((_, id, context) => context.Get<Form>(FormKey).Representatives.Any(r => r.RelationId == id)).WithMessage(t["Applications.RepresentativeInvalid"])
                    .When(c => c.ApplicantRelationId is not null);
                RuleFor(c => c.ApplicantName)
                    .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(t["Applications.RepresentativeRequired"])
                    .When(c => c.ApplicantRelationId is null);
                RuleFor(c => c.ApplicantName).OptionalText(t, ApplicationData.ApplicantNameMaxLength);
            });
            RuleFor(c => c.CaseFileId)
                .Must((_, id, context) => context.Get<Form>(FormKey).OpenCases.Any(f => f.Id == id)).WithMessage(t["Applications.CaseInvalid"])
                .When(c => c.CaseFileId is not null);
            RuleFor(c => c.ResponsibleWorkerId)
                .Must((_, id, context) => !string.IsNullOrEmpty(id) || context.Get<bool>(ManagerKey)).WithMessage(t["Applications.WorkerRequired"]);
            RuleFor(c => c.ResponsibleWorkerId)
                .MustAsync((id, ct) => CaseData.IsActiveInRoleAsync(db, id, CaseData.WorkerRoles, ct)).WithMessage(t["Applications.WorkerInvalid"])
                .When(c => !string.IsNullOrEmpty(c.ResponsibleWorkerId));
            RuleFor(c => c.Notes).OptionalText(t, ServiceApplication.MaxTextLength);
            RuleFor(c => c).Custom((c, context) =>
            {
                var today = context.RootContextData[TodayKey] is DateOnly d ? d : DateOnly.MaxValue;
                for (var i = 0; i < c.Documents.Count; i++)
                {
                    var document = c.Documents[i];
                    if (!document.Received)
                    {
                        continue;
                    }

                    var property = $"{nameof(Command.Documents)}[{i}].{nameof(DocumentInput.ReceivedOn)}";
                    var message = document.ReceivedOn switch
                    {
                        null => t["Applications.DocumentDateRequired"].Value,
                        { } on when on > today => t["Applications.DateInFuture"].Value,
                        { } on when c.SubmittedOn is { } submitted && on < submitted.AddYears(-ApplicationData.DocumentYearsBeforeSubmission) =>
                            t["Applications.DocumentTooEarly", ApplicationData.Date(submitted.AddYears(-ApplicationData.DocumentYearsBeforeSubmission))].Value,
                        _ => null,
                    };
                    if (message is not null)
                    {
                        context.AddFailure(new ValidationFailure(property, message));
                    }
                }
            });
        }
    }

    public sealed record Created(int Id, string Number);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public async Task<Form?> LoadAsync(int clientId, ClaimsPrincipal user, CancellationToken ct)
        {
            var access = await scope.ForClientAsync(user, clientId, ct);
            if (access == ClientAccess.NotFound)
            {
                return null;
            }

            var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
                .Select(c => new { Name = c.FirstName + " " + c.LastName, c.IsArchived }).SingleAsync(ct);
            var services = await db.Services.AsNoTracking().Where(s => s.IsActive)
                .Select(s => new { s.Id, s.Code, s.Name, s.RequiredDocuments, s.Type })
                .ToListAsync(ct);
            var representatives = await db.ClientRelations.AsNoTracking()
                .Where(r => r.ClientId == clientId && r.EndedAt == null && r.IsLegalRepresentative)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id,
                    Related = db.Clients.Where(c => c.Id == r.RelatedClientId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
                    PersonFirst = r.Person == null ? null : r.Person.FirstName,
                    PersonLast = r.Person == null ? null : r.Person.LastName,
                })
                .ToListAsync(ct);
            var cases = await db.CaseFiles.AsNoTracking()
                .Where(f => f.ClientId == clientId && f.Status == CaseStatus.Open && !f.IsArchived)
                .OrderByDescending(f => f.OpenedOn).ThenByDescending(f => f.Id)
                .Select(f => new CaseOption(f.Id, f.Number))
                .ToListAsync(ct);
            var workers = await CaseData.ActiveStaffAsync(db, CaseData.WorkerRoles, ct);
            var serviceOptions = services
                .OrderBy(s => s.Type == Domain.Catalogue.ServiceType.EducationalAndSupportGroup ? 0 : 1)
                .ThenBy(s => s.Type == Domain.Catalogue.ServiceType.EducationalAndSupportGroup ? s.Code : string.Empty, StringComparer.Ordinal)
                .ThenBy(s => s.Name, Cultures.LatvianComparer)
                .Select(s => new ServiceOption(s.Id, s.Code, s.Name, s.RequiredDocuments, s.Type == Domain.Catalogue.ServiceType.EducationalAndSupportGroup))
                .ToList();
            return new Form(clientId, client.Name, client.IsArchived, access, serviceOptions,
                representatives.Select(r => new RepresentativeOption(r.Id, r.Related ?? (r.PersonFirst + " " + r.PersonLast).Trim())).ToList(),
                cases, workers);
        }

        /// <summary>Saves the application, its received documents, the case timeline entry and the audit entry in one transaction.</summary>
        public async Task<Created> CreateAsync(Form form, ServiceOption service, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(form);
            ArgumentNullException.ThrowIfNull(service);
            ArgumentNullException.ThrowIfNull(command);
            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var submittedOn = command.SubmittedOn!.Value;
            var representative = command.ApplicantKind == ApplicantKind.LegalRepresentative
                ? form.Representatives.FirstOrDefault(r => r.RelationId == command.ApplicantRelationId)
                : null;
            var details = new ApplicationDetails(
                submittedOn,
                command.Channel!.Value,
                command.ApplicantKind!.Value,
                representative is null ? command.ApplicantName : representative.Name[..Math.Min(representative.Name.Length, ApplicationData.ApplicantNameMaxLength)],
                representative?.RelationId,
                command.CaseFileId,
                string.IsNullOrEmpty(command.ResponsibleWorkerId) ? null : command.ResponsibleWorkerId,
                command.CustodyRightsAtRisk,
                command.Notes);
            var organisationId = await organisation.IdAsync(ct);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await ApplicationNumbers.NextAsync(db, organisationId, submittedOn.Year, ct);
            var application = new ServiceApplication(organisationId, form.ClientId, service.Id, number, details, service.RequiredDocuments, actor, now);
            foreach (var document in command.Documents.Where(d => d.Received && d.ReceivedOn is not null))
            {
                application.AddDocument(document.Name, document.ReceivedOn!.Value, null, actor, now);
            }

            db.Applications.Add(application);
            if (command.CaseFileId is { } caseFileId)
            {
                var caseFile = await db.CaseFiles.SingleAsync(f => f.Id == caseFileId && f.ClientId == form.ClientId, ct);
                caseFile.RecordServiceEvent(CaseEventKind.ApplicationRecorded, number + ": " + service.Name, actor, now);
            }

            audit.AddForClient(AuditActions.ApplicationCreate, form.ClientId, command.CaseFileId,
                "application=" + number + "; service=" + service.Code + "; status=" + application.Status);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Created(application.Id, number);
        }
    }
}
