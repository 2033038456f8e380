using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Applications;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Data.Configurations;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// Records a document received for an open application: one of the missing required documents or another, the day it
/// was received, and optionally its scanned file (checked by <see cref="FileUpload"/>; the bytes go to the database,
/// never to disk). Receiving the last missing document completes the application and starts the decision deadline.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
[RequestSizeLimit(FileUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FileUpload.MaxRequestBytes)]
public sealed class AddDocumentModel(AddDocumentModel.Handler handler, IValidator<AddDocumentModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit,
    TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ApplicationChangePage(scope, db, audit, t)
{
    public const string TodayKey = "Today";
    public const string SubmittedKey = "SubmittedOn";
    public const string MissingKey = "Missing";

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>The scanned document (optional).</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<string> Missing { get; private set; } = [];

    protected override bool Allowed(ApplicationSummary summary) => summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var stop = await LoadApplicationAsync(id, ct);
        if (stop is not null)
        {
            return stop;
        }

        Missing = await handler.MissingAsync(id, User, ct);
        Input = new Command { Version = Application.Version, MissingName = Missing.Count > 0 ? Missing[0] : null, ReceivedOn = ApplicationData.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Missing = await handler.MissingAsync(id, User, ct);
        var stop = await BeginChangeAsync(id, Input.Version, v => Input = Input with { Version = v },
            () => validator.ValidateAsync(CaseRules.With(Input, (TodayKey, ApplicationData.Today(clock)), (SubmittedKey, Application.SubmittedOn), (MissingKey, Missing)), ct), ct);
        if (stop is not null)
        {
            return stop;
        }

        CheckedFile? file = null;
        if (Upload is not null)
        {
            var (checkedFile, error) = await FileUpload.CheckAsync(Upload.FileName, Upload.Length, Upload.OpenReadStream, ct);
            if (error is { } reason)
            {
                ModelState.AddModelError(nameof(Upload), reason == FileUploadError.TooLarge
                    ? Localizer["Applications.File.TooLarge", FileUpload.MaxBytes / (1024 * 1024)]
                    : Localizer["Applications.File." + reason]);
                return Page();
            }

            file = checkedFile;
        }

        var (outcome, completed) = await handler.AddAsync(id, Input, file, User, ct);
        var message = completed is { } due
            ? Localizer["Applications.DocumentAddedComplete", ApplicationData.Date(due)].Value
            : Localizer["Applications.DocumentAdded"].Value;
        return await OutcomeAsync(outcome, id, message, v => Input = Input with { Version = v }, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        /// <summary>One of the missing required documents; empty when <see cref="OtherName"/> names another.</summary>
        public string? MissingName { get; init; }

        public string? OtherName { get; init; }
        public DateOnly? ReceivedOn { get; init; }

        public string? Name => string.IsNullOrWhiteSpace(MissingName) ? OtherName?.Trim() : MissingName.Trim();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.MissingName)
                .Must((_, name, context) => context.Get<IReadOnlyList<string>>(MissingKey).Contains(name!, StringComparer.OrdinalIgnoreCase))
                .WithMessage(t["Applications.DocumentNameInvalid"])
                .When(c => !string.IsNullOrWhiteSpace(c.MissingName));
            RuleFor(c => c.OtherName)
                .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(t["Applications.DocumentNameRequired"])
                .When(c => string.IsNullOrWhiteSpace(c.MissingName));
            RuleFor(c => c.OtherName).OptionalText(t, ApplicationData.DocumentNameMaxLength);
            RuleFor(c => c.ReceivedOn).Custom((date, context) =>
            {
                var earliest = context.Get<DateOnly>(SubmittedKey).AddYears(-ApplicationData.DocumentYearsBeforeSubmission);
                if (date is null)
                {
                    context.AddFailure(t["Applications.DocumentDateRequired"]);
                }
                else if (date > context.Get<DateOnly>(TodayKey))
                {
                    context.AddFailure(t["Applications.DateInFuture"]);
                }
                else if (date < earliest)
                {
                    context.AddFailure(t["Applications.DocumentTooEarly", ApplicationData.Date(earliest)]);
                }
            });
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        /// <summary>The required documents still missing (empty for an application out of scope).</summary>
        public async Task<IReadOnlyList<string>> MissingAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var clients = scope.Clients(user).Select(c => c.Id);
            var application = await db.Applications.AsNoTracking().Include(a => a.Documents)
                .FirstOrDefaultAsync(a => a.Id == id && clients.Contains(a.ClientId), ct);
            return application?.MissingDocuments ?? [];
        }

        /// <summary>Adds the document (and its file); returns the deadline when this document completed the application.</summary>
        public async Task<(ApplicationChangeOutcome Outcome, DateOnly? CompletedWithDeadline)> AddAsync(int id, Command command, CheckedFile? file, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            if (application is null)
            {
                return (ApplicationChangeOutcome.NotFound, null);
            }

            if (!ApplicationData.VersionMatches(db, application, command.Version) || !application.IsOpen
                || command.ReceivedOn < application.SubmittedOn.AddYears(-ApplicationData.DocumentYearsBeforeSubmission))
            {
                return (ApplicationChangeOutcome.Conflict, null);
            }

            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            StoredFileInfo? info = null;
            if (file is not null)
            {
                var stored = new StoredFile { Id = Guid.NewGuid(), Content = file.Content, Sha256 = file.Sha256, StoredAt = now, StoredById = actor.UserId };
                db.StoredFiles.Add(stored);
                info = new StoredFileInfo(stored.Id, file.FileName, file.ContentType, file.Content.LongLength);
            }

            var wasAwaitingDocuments = application.Status == ApplicationStatus.AwaitingDocuments;
            application.AddDocument(command.Name!, command.ReceivedOn!.Value, info, actor, now);
            var completed = wasAwaitingDocuments && application.Status == ApplicationStatus.AwaitingDecision ? application.DecisionDue : null;
            audit.AddForClient(AuditActions.ApplicationDocumentAdd, application.ClientId, application.CaseFileId,
                "application=" + application.Number + "; file=" + (file is null ? "none" : file.ContentType + ", sha256=" + file.Sha256)
                + (completed is { } due ? "; complete; deadline=" + ApplicationData.Iso(due) : string.Empty));
            var outcome = await ApplicationData.SaveAsync(db, application, ct);
            return (outcome, outcome == ApplicationChangeOutcome.Saved ? completed : null);
        }
    }
}
