using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// The client's community facts (mental disorder and where it is recorded, position towards a state long-term care institution,
/// a child's functional impairment and where it is recorded). The disability group and its dates are edited on the client.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ProfileModel(ProfileModel.Handler handler, IValidator<ProfileModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public string ClientName { get; private set; } = string.Empty;

    public int ClientId { get; private set; }

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct)
    {
        var stored = await handler.LoadAsync(clientId, User, writeAudit: true, ct);
        if (stored is null)
        {
            return NotFound();
        }

        ClientName = stored.Value.Name;
        ClientId = clientId;
        Input = stored.Value.Command;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int clientId, CancellationToken ct)
    {
        var stored = await handler.LoadAsync(clientId, User, writeAudit: false, ct);
        if (stored is null)
        {
            return NotFound();
        }

        ClientName = stored.Value.Name;
        ClientId = clientId;
        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!await handler.SaveAsync(clientId, Input, User, ct))
        {
            HasConflict = true;
            Input = Input with { Version = (await handler.LoadAsync(clientId, User, writeAudit: false, ct))?.Command.Version ?? 0 };
            return Page();
        }

        TempData["StatusMessage"] = t["Community.ProfileSaved"].Value;
        return Redirect("/Community/Client/" + clientId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public bool MentalDisorder { get; init; }
        public string? MentalDisorderRecordedIn { get; init; }
        public InstitutionStatus Institution { get; init; }
        public bool FunctionalImpairment { get; init; }
        public string? FunctionalImpairmentRecordedIn { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.MentalDisorderRecordedIn).OptionalText(t, CommunityProfile.MaxSourceLength)
                .Must((c, s) => !c.MentalDisorder || !string.IsNullOrWhiteSpace(s)).WithMessage(t["Community.SourceRequired"]);
            RuleFor(c => c.FunctionalImpairmentRecordedIn).OptionalText(t, CommunityProfile.MaxSourceLength)
                .Must((c, s) => !c.FunctionalImpairment || !string.IsNullOrWhiteSpace(s)).WithMessage(t["Community.SourceRequired"]);
            RuleFor(c => c.Institution).IsInEnum().WithMessage(t["Community.InstitutionRequired"]);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<(string Name, Command Command)?> LoadAsync(int clientId, ClaimsPrincipal user, bool writeAudit, CancellationToken ct)
        {
            var client = await scope.OwnClients(user).AsNoTracking().Where(c => c.Id == clientId && !c.IsArchived)
                .Select(c => new { c.FirstName, c.LastName }).FirstOrDefaultAsync(ct);
            if (client is null)
            {
                return null;
            }

            var profile = await db.CommunityProfiles.AsNoTracking().Where(p => p.ClientId == clientId)
                .Select(p => new { p, Version = EF.Property<uint>(p, "Version") }).FirstOrDefaultAsync(ct);
            var command = profile is null ? new Command() : new Command
            {
                Version = profile.Version,
                MentalDisorder = profile.p.MentalDisorder,
                MentalDisorderRecordedIn = profile.p.MentalDisorderRecordedIn,
                Institution = profile.p.Institution,
                FunctionalImpairment = profile.p.FunctionalImpairment,
                FunctionalImpairmentRecordedIn = profile.p.FunctionalImpairmentRecordedIn,
            };
            if (writeAudit)
            {
                await audit.WriteForClientAsync(AuditActions.CommunityRead, clientId, null, "page=profile", ct: ct);
            }

            return (client.FirstName + " " + client.LastName, command);
        }

        public async Task<bool> SaveAsync(int clientId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var facts = new CommunityFacts(command.MentalDisorder, command.MentalDisorderRecordedIn, command.Institution, command.FunctionalImpairment, command.FunctionalImpairmentRecordedIn);
            var by = CaseData.ActorOf(user).UserId;
            var now = clock.GetUtcNow();
            var profile = await db.CommunityProfiles.FirstOrDefaultAsync(p => p.ClientId == clientId, ct);
            if (profile is null)
            {
                if (command.Version != 0)
                {
                    return false;
                }

                db.CommunityProfiles.Add(new CommunityProfile(clientId, facts, by, now));
            }
            else
            {
                if (!RowVersion.Matches(db, profile, command.Version))
                {
                    return false;
                }

                profile.Update(facts, by, now);
            }

            audit.AddForClient(AuditActions.CommunityProfile, clientId, null,
                $"mentalDisorder={(facts.MentalDisorder ? "yes" : "no")}; institution={facts.Institution}; functionalImpairment={(facts.FunctionalImpairment ? "yes" : "no")}");
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }
    }
}
