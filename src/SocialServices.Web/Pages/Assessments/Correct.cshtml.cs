using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// Corrects a completed assessment: a new draft version with the same content and the reason for the correction opens
/// for editing. The completed version stays as it is until the correction is completed, and readable afterwards.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class CorrectModel(CorrectModel.Handler handler, IValidator<CorrectModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : AssessmentPage(scope, db, audit)
{
    [BindProperty] public Command Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, forChange: true, ct) is { } stop)
        {
            return stop;
        }

        Input = new Command { Version = Header.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, forChange: true, ct) is { } stop)
        {
            return stop;
        }

        if (!Header.CanCorrect)
        {
            return Page();
        }

        if (Input.Version != Header.Version)
        {
            HasConflict = true;
            ModelState.Remove("Input.Version");
            Input = Input with { Version = Header.Version };
            return Page();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var newId = await handler.CorrectAsync(id, Input, User, ct);
        if (newId is null)
        {
            await ReloadHeaderAsync(ct);
            HasConflict = true;
            return Page();
        }

        TempData["StatusMessage"] = t["Assessments.CorrectionStarted"].Value;
        return RedirectToPage("Edit", new { id = newId });
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t) =>
            RuleFor(c => c.Reason).RequiredText(t, "Assessments.CorrectionReasonRequired", AssessmentData.ReasonMaxLength);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        /// <summary>The new version's id; null when the assessment can no longer be corrected (changed, corrected by someone else, archived).</summary>
        public async Task<int?> CorrectAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var previous = await AssessmentData.LoadForChangeAsync(scope, db, user, id, ct);
            if (previous is null || !AssessmentData.VersionMatches(db, previous, command.Version) || !previous.CanBeCorrected
                || await db.Assessments.AnyAsync(a => a.PreviousVersionId == id, ct))
            {
                return null;
            }

            var caseFile = await db.CaseFiles.FirstAsync(c => c.Id == previous.CaseFileId, ct);
            if (caseFile.IsArchived)
            {
                return null;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var correction = previous.Correct(caseFile, command.Reason, CaseData.ActorOf(user), clock.GetUtcNow());
            db.Assessments.Add(correction);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Someone else started a correction of the same version a moment earlier.
                db.ChangeTracker.Clear();
                return null;
            }

            audit.AddForClient(AuditActions.AssessmentCorrect, correction.ClientId, correction.CaseFileId,
                AssessmentAudit.Details(correction, "corrects=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)), correction.CorrectionReason);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return correction.Id;
        }
    }
}
