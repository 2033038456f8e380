using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// The decision letter as a Latvian PDF (organisation header, applicant, service, decision, reasons, legal basis, how to
/// contest, signature block). Managers, social workers and auditors with the client in scope; every export is audited.
/// </summary>
[Authorize(Roles = Roles.ServiceManager + "," + Roles.SocialWorker + "," + Roles.Auditor)]
public sealed class LetterModel(LetterModel.Handler handler, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var letter = await handler.ComposeAsync(id, User, ct);
        if (letter is null)
        {
            return NotFound();
        }

        var name = letter.Value.Number.Replace('/', '-');
        return File(letter.Value.Pdf, "application/pdf", $"lemums-{name}-{LatvianTime.Today(clock):yyyy-MM-dd}.pdf");
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, IOptions<DecisionSettings> settings, TimeProvider clock)
    {
        public async Task<(byte[] Pdf, string Number)?> ComposeAsync(int decisionId, ClaimsPrincipal user, CancellationToken ct)
        {
            var applicationId = await db.ApplicationDecisions.AsNoTracking().Where(d => d.Id == decisionId).Select(d => (int?)d.ApplicationId).FirstOrDefaultAsync(ct);
            var application = applicationId is null ? null : await DecisionData.LoadAsync(db, scope, user, applicationId.Value, ct);
            if (application is null)
            {
                return null;
            }

            var decision = application.Decisions.Single(d => d.Id == decisionId);
            var letter = await BuildAsync(application, decision, user, ct);
            var pdf = DecisionLetterDocument.Compose(letter);
            await audit.WriteForClientAsync(AuditActions.DecisionLetterExport, application.ClientId, application.CaseFileId, "decision=" + decision.Number, ct: ct);
            return (pdf, decision.Number);
        }

        private async Task<DecisionLetter> BuildAsync(ServiceApplication application, ApplicationDecision decision, ClaimsPrincipal user, CancellationToken ct)
        {
            var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == application.OrganisationId)
                .Select(o => new { o.Name, o.RegistrationNumber, o.Address, Municipality = db.Municipalities.Where(m => m.Id == o.MunicipalityId).Select(m => m.Name).FirstOrDefault() })
                .FirstAsync(ct);
            var client = await db.Clients.AsNoTracking().Where(c => c.Id == application.ClientId)
                .Select(c => new { c.FirstName, c.LastName, c.PersonalCode, c.Address }).FirstAsync(ct);
            var service = await db.Services.AsNoTracking().Where(s => s.Id == application.ServiceId).Select(s => new { s.Name, s.Code }).FirstAsync(ct);
            var clientName = client.FirstName + " " + client.LastName;
            var applicantAddress = application.ApplicantKind == ApplicantKind.Client ? client.Address : await RepresentativeAddressAsync(application, client.Address, ct);

            DateOnly? start = null;
            DateOnly? plannedEnd = null;
            string? provider = null;
            string? group = null;
            if (decision.Kind == DecisionKind.Grant)
            {
                var episode = await db.ServiceEpisodes.AsNoTracking().Where(e => e.ApplicationId == application.Id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
                var enrolment = await db.GroupEnrolments.AsNoTracking().Where(e => e.ApplicationId == application.Id).OrderByDescending(e => e.Id)
                    .LeftJoin(db.ProgrammeGroups, e => e.GroupId, g => (int?)g.Id, (e, g) => new { e.GroupId, Group = g == null ? null : new { g.Name, g.StartsOn, g.EndsOn } })
                    .FirstOrDefaultAsync(ct);
                start = episode?.StartOn ?? enrolment?.Group?.StartsOn;
                plannedEnd = episode?.PlannedEnd ?? enrolment?.Group?.EndsOn;
                provider = episode?.Provider ?? application.Contract?.Provider;
                group = enrolment is null ? null : enrolment.Group?.Name ?? "gaidīšanas saraksts (grupa tiks norādīta, tiklīdz tajā būs vieta)";
            }

            return new DecisionLetter(
                organisation.Name,
                organisation.RegistrationNumber,
                organisation.Address,
                organisation.Municipality ?? organisation.Name,
                decision.Number,
                decision.DecidedOn,
                decision.Kind switch
                {
                    DecisionKind.Grant => DecisionLetterOutcome.Granted,
                    DecisionKind.Refuse => DecisionLetterOutcome.Refused,
                    DecisionKind.Queue => DecisionLetterOutcome.Queued,
                    _ => DecisionLetterOutcome.Revoked,
                },
                application.ApplicantName ?? clientName,
                applicantAddress,
                clientName,
                client.PersonalCode,
                application.SubmittedOn,
                application.Number,
                application.DocumentsCompleteOn,
                service.Name,
                service.Code,
                decision.Reasons,
                decision.LegalBasis,
                decision.QueuePosition,
                start,
                plannedEnd,
                provider,
                group,
                decision.DeciderName,
                settings.Value.DeciderPosition,
                user.FullName(),
                clock.GetUtcNow());
        }

        /// <summary>A representative recorded as another client has an address; one recorded by name only gets the client's (they share the household as a rule).</summary>
        private async Task<string?> RepresentativeAddressAsync(ServiceApplication application, string? clientAddress, CancellationToken ct)
        {
            if (application.ApplicantRelationId is not { } relationId)
            {
                return clientAddress;
            }

            var related = await db.ClientRelations.AsNoTracking().Where(r => r.Id == relationId)
                .Select(r => new { r.LivesInHousehold, Address = db.Clients.Where(c => c.Id == r.RelatedClientId).Select(c => c.Address).FirstOrDefault() })
                .FirstOrDefaultAsync(ct);
            return related?.Address ?? (related?.LivesInHousehold == true ? clientAddress : null);
        }
    }
}
