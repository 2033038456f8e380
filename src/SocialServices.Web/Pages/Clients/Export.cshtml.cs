using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Reports.Documents;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Audit;

namespace SocialServices.Web.Pages.Clients;

/// <summary>
/// The client's complete file as a PDF in Latvian (the client's right to read their file): personal data,
/// representatives and family, every case file with its timeline, and every audit entry about the client.
/// A service manager, or the social worker responsible for one of the client's cases, may export it; the export
/// is audited before the document is composed, so it lists itself among the accesses.
/// </summary>
public sealed class ExportModel(ExportModel.Handler handler, AccessScope scope, AuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await scope.ForClientAsync(User, id, ct) == ClientAccess.NotFound)
        {
            return NotFound();
        }

        if (!await handler.MayExportAsync(User, id, ct))
        {
            return Forbid();
        }

        await audit.WriteForClientAsync(AuditActions.ClientFileExport, id, details: "pdf", ct: ct);
        var report = await handler.LoadAsync(id, User.FullName(), ct);
        var pdf = ClientFileDocument.Compose(report);
        return File(pdf, "application/pdf", $"klienta-lieta-{id.ToString(CultureInfo.InvariantCulture)}-{LatvianTime.Today(clock):yyyy-MM-dd}.pdf");
    }

    public sealed class Handler(AppDbContext db, OrganisationInfo organisation, IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        /// <summary>
        /// A service manager exports any client in scope; a social worker only a client one of whose case files
        /// they are responsible for. Specialists, auditors and team members do not (the issue: "a manager or the
        /// responsible worker").
        /// </summary>
        public async Task<bool> MayExportAsync(ClaimsPrincipal user, int clientId, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(user);
            if (user.IsInRole(Roles.ServiceManager))
            {
                return true;
            }

            var userId = user.UserId();
            return user.IsInRole(Roles.SocialWorker) && userId is not null
                && await db.CaseFiles.AnyAsync(f => f.ClientId == clientId && f.ResponsibleWorkerId == userId, ct);
        }

        /// <summary>Everything about the client, read without tracking, with every text in Latvian.</summary>
        public async Task<ClientFileReport> LoadAsync(int clientId, string generatedBy, CancellationToken ct)
        {
            // The document is Latvian whatever the interface language: it leaves the organisation as an official record.
            var uiCulture = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = Cultures.LatvianCulture;
            try
            {
                return await BuildAsync(clientId, generatedBy, ct);
            }
            finally
            {
                CultureInfo.CurrentUICulture = uiCulture;
            }
        }

        private async Task<ClientFileReport> BuildAsync(int clientId, string generatedBy, CancellationToken ct)
        {
            var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId, ct);
            var municipality = client.MunicipalityId is { } municipalityId
                ? await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).Select(m => m.Name).FirstOrDefaultAsync(ct)
                : null;

            var relations = await db.ClientRelations.AsNoTracking()
                .Where(r => r.ClientId == clientId)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                .LeftJoin(db.Clients, r => r.RelatedClientId, c => (int?)c.Id, (r, c) => new
                {
                    r.Kind,
                    r.IsLegalRepresentative,
                    r.LivesInHousehold,
                    r.RelatedClientId,
                    PersonFirstName = r.Person == null ? null : r.Person.FirstName,
                    PersonLastName = r.Person == null ? null : r.Person.LastName,
                    PersonBirthDate = r.Person == null ? null : r.Person.BirthDate,
                    Related = c == null ? null : new { c.FirstName, c.LastName, c.BirthDate },
                    r.Notes,
                    r.CreatedAt,
                    r.EndedAt,
                    r.EndReason,
                })
                .ToListAsync(ct);

            var cases = await db.CaseFiles.AsNoTracking()
                .Where(f => f.ClientId == clientId)
                .OrderBy(f => f.OpenedOn).ThenBy(f => f.Id)
                .Select(f => new
                {
                    f.Id,
                    f.Number,
                    f.Status,
                    f.OpenedOn,
                    f.Reason,
                    f.ReferralSource,
                    f.ResponsibleWorkerId,
                    f.ClosedOn,
                    f.ClosureReason,
                    f.ClosingSummary,
                    f.MonitoringOn,
                    f.IsArchived,
                    f.ArchiveReason,
                })
                .ToListAsync(ct);
            var caseIds = cases.Select(f => f.Id).ToList();
            var assignments = await db.CaseAssignments.AsNoTracking()
                .Where(a => caseIds.Contains(a.CaseFileId))
                .OrderBy(a => a.From).ThenBy(a => a.Id)
                .Select(a => new { a.CaseFileId, a.WorkerId, a.From, a.Until, a.Reason })
                .ToListAsync(ct);
            var team = await db.CaseTeamMembers.AsNoTracking()
                .Where(m => caseIds.Contains(m.CaseFileId))
                .OrderBy(m => m.AddedAt).ThenBy(m => m.Id)
                .Select(m => new { m.CaseFileId, m.UserId, m.Role, m.AddedAt, m.RemovedAt })
                .ToListAsync(ct);
            var events = await db.CaseEvents.AsNoTracking()
                .Where(e => caseIds.Contains(e.CaseFileId))
                .OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new { e.CaseFileId, e.Kind, e.Text, e.ActorName, e.SubjectUserId, e.At })
                .ToListAsync(ct);
            var accesses = await db.AuditEntries.AsNoTracking()
                .Where(a => a.ClientId == clientId)
                .OrderBy(a => a.Sequence)
                .Select(a => new { a.At, a.ActorId, a.ActorName, a.Action, a.CaseFileId, a.Reason })
                .ToListAsync(ct);

            var userIds = new HashSet<string>(StringComparer.Ordinal) { client.RegisteredById };
            userIds.UnionWith(cases.Where(f => f.ResponsibleWorkerId is not null).Select(f => f.ResponsibleWorkerId!));
            userIds.UnionWith(assignments.Select(a => a.WorkerId));
            userIds.UnionWith(team.Select(m => m.UserId));
            userIds.UnionWith(events.Where(e => e.SubjectUserId is not null).Select(e => e.SubjectUserId!));
            userIds.UnionWith(accesses.Where(a => a.ActorId is not null).Select(a => a.ActorId!));
            var users = await db.Users.AsNoTracking()
                .Where(u => userIds.Contains(u.Id))
                .Select(u => new { u.Id, u.UserName, u.FullName })
                .ToDictionaryAsync(u => u.Id, u => (u.UserName, u.FullName), StringComparer.Ordinal, ct);
            var informedBy = client.DataProcessingInformedBy is { } informedByUserName
                ? await db.Users.AsNoTracking().Where(u => u.UserName == informedByUserName).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? informedByUserName
                : null;
            string Name(string? userId) => userId is not null && users.TryGetValue(userId, out var user) ? user.FullName : t["ClientFile.UnknownUser"];
            var numbers = cases.ToDictionary(f => f.Id, f => f.Number);

            var person = new ClientFilePerson(
                FirstName: client.FirstName,
                LastName: client.LastName,
                PersonalCode: client.PersonalCode,
                BirthDate: client.BirthDate,
                Gender: client.Gender is { } gender ? t["Gender." + gender].Value : null,
                Municipality: municipality,
                Address: client.Address,
                Phone: client.Phone,
                Email: client.Email,
                PreferredLanguage: Language(client.PreferredLanguage),
                DisabilityGroup: client.DisabilityGroup is { } group ? t["DisabilityGroup." + group].Value : null,
                DisabilityFrom: client.DisabilityFrom,
                DisabilityTo: client.DisabilityTo,
                TargetGroups: client.TargetGroups.Select(g => t["TargetGroup." + g].Value).ToList(),
                DataProcessingInformedOn: client.DataProcessingInformedOn,
                DataProcessingInformedBy: informedBy,
                Notes: client.Notes,
                RegisteredAt: client.RegisteredAt,
                RegisteredBy: Name(client.RegisteredById),
                ArchiveReason: client.IsArchived ? client.ArchiveReason ?? "—" : null);

            var relationRows = relations.Select(r => new ClientFileRelation(
                t["RelationKind." + r.Kind],
                r.Related is { } related ? related.FirstName + " " + related.LastName : (r.PersonFirstName + " " + r.PersonLastName).Trim(),
                r.Related is { } relatedClient ? relatedClient.BirthDate : r.PersonBirthDate,
                r.IsLegalRepresentative,
                r.LivesInHousehold,
                r.RelatedClientId is not null,
                r.Notes,
                r.CreatedAt,
                r.EndedAt,
                r.EndReason)).ToList();

            var caseRows = cases.Select(f => new ClientFileCase(
                Number: f.Number,
                Status: t["CaseStatus." + f.Status],
                OpenedOn: f.OpenedOn,
                Reason: f.Reason,
                ReferralSource: t["ReferralSource." + f.ReferralSource],
                ResponsibleWorker: f.ResponsibleWorkerId is null ? null : Name(f.ResponsibleWorkerId),
                ClosedOn: f.ClosedOn,
                ClosureReason: f.ClosureReason,
                ClosingSummary: f.ClosingSummary,
                MonitoringOn: f.MonitoringOn,
                ArchiveReason: f.IsArchived ? f.ArchiveReason ?? "—" : null,
                Workers: assignments.Where(a => a.CaseFileId == f.Id).Select(a => new ClientFileAssignment(Name(a.WorkerId), a.From, a.Until, a.Reason)).ToList(),
                Team: team.Where(m => m.CaseFileId == f.Id).Select(m => new ClientFileTeamMember(Name(m.UserId), m.Role, m.AddedAt, m.RemovedAt)).ToList(),
                Timeline: events.Where(e => e.CaseFileId == f.Id)
                    .Select(e => new ClientFileEvent(e.At, t["CaseEventKind." + e.Kind], EventText(e.Kind, e.Text, e.SubjectUserId is null ? null : Name(e.SubjectUserId)), e.ActorName))
                    .ToList())).ToList();

            var accessRows = accesses.Select(a => new ClientFileAccess(
                a.At,
                a.ActorId is not null && users.TryGetValue(a.ActorId, out var user) ? $"{user.FullName} ({user.UserName})" : a.ActorName,
                AuditActionNames.Describe(t, a.Action),
                a.CaseFileId is { } caseId && numbers.TryGetValue(caseId, out var number) ? number : null,
                a.Reason)).ToList();

            return new ClientFileReport(await organisation.NameAsync(ct), generatedBy, clock.GetUtcNow(), person, relationRows, caseRows, accessRows);
        }

        /// <summary>The timeline entry's text in words, naming the worker it is about.</summary>
        private string EventText(CaseEventKind kind, string text, string? subject) => kind switch
        {
            CaseEventKind.Reassigned => t["ClientFile.Event.Reassigned", subject ?? string.Empty, text],
            CaseEventKind.TeamMemberAdded => string.IsNullOrWhiteSpace(text)
                ? t["ClientFile.Event.TeamMemberAdded", subject ?? string.Empty]
                : t["ClientFile.Event.TeamMemberAddedWithRole", subject ?? string.Empty, text],
            CaseEventKind.TeamMemberRemoved => t["ClientFile.Event.TeamMemberRemoved", subject ?? string.Empty],
            CaseEventKind.MonitoringSet => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
                ? t["ClientFile.Event.MonitoringOn", on.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)]
                : t["ClientFile.Event.MonitoringCleared"],
            _ => text,
        };

        /// <summary>A language code (lv, ru, en, ...) as the language's own name, e.g. "latviešu".</summary>
        private static string? Language(string? code)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            try
            {
                var culture = CultureInfo.GetCultureInfo(code);
                return string.IsNullOrWhiteSpace(culture.NativeName) || culture.NativeName == code ? code : $"{culture.NativeName} ({code})";
            }
            catch (CultureNotFoundException)
            {
                return code;
            }
        }
    }
}
