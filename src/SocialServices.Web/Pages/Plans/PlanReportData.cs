using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Plans;
using SocialServices.Reports.Documents;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Plans;

/// <summary>One revision of a case's plan as the plain record the PDF and the print page show.</summary>
public static class PlanReportData
{
    /// <summary>The record, with the case and client ids for the audit entry; null when the case, plan or revision is not there (or out of scope).</summary>
    public static async Task<(PlanReport Report, int ClientId, int PlanId)?> BuildAsync(
        AppDbContext db, AccessScope scope, ClaimsPrincipal user, int caseId, int? revisionNumber, PlanSettings settings, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var plan = await PlanData.LoadAsync(db, scope, user, caseId, tracked: false, ct);
        var revision = plan is null ? null : revisionNumber is { } n ? plan.Revisions.FirstOrDefault(r => r.Number == n) : plan.Current;
        if (plan is null || revision is null)
        {
            return null;
        }

        // Joins on the client's and the organisation's keys: a subquery with First() would be a window over the whole table.
        var info = await (from c in db.CaseFiles.AsNoTracking()
                          where c.Id == caseId
                          join k in db.Clients on c.ClientId equals k.Id
                          join o in db.Organisations on c.OrganisationId equals o.Id
                          select new
                          {
                              c.Number,
                              Client = new { k.FirstName, k.LastName, k.PersonalCode, k.BirthDate },
                              Worker = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(),
                              Organisation = new { o.Name, o.RegistrationNumber, o.Address },
                          }).FirstAsync(ct);

        // The print shows where each task stands only for the revision in force.
        var statuses = revision.IsCurrent ? await PlanData.TaskStatusesAsync(db, caseId, ct) : [];
        var months = revision.ClientLivesAtProvider ? settings.ReviewMonthsWhenLivingAtProvider : settings.ReviewMonthsOtherwise;
        var rule = string.Create(CultureInfo.InvariantCulture, $"ne vēlāk kā {months} mēnešus pēc plāna sastādīšanas")
            + (revision.ClientLivesAtProvider ? ", jo klients dzīvo pie pakalpojuma sniedzēja" : string.Empty);
        var details = string.Join(", ", new[]
        {
            string.IsNullOrWhiteSpace(info.Organisation.RegistrationNumber) ? null : "Reģ. Nr. " + info.Organisation.RegistrationNumber,
            info.Organisation.Address,
        }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var agreement = revision.Agreement;
        var report = new PlanReport(
            info.Organisation.Name,
            details.Length == 0 ? null : details,
            PlanTexts.Kind(revision.Kind),
            info.Client.FirstName + " " + info.Client.LastName,
            info.Client.PersonalCode,
            info.Client.BirthDate,
            info.Number,
            info.Worker,
            revision.Number,
            revision.RevisedOn,
            revision.AuthorName,
            revision.Reason,
            revision.ReviewOn,
            rule,
            revision.Problems,
            [.. revision.Goals.OrderBy(g => g.Position).Select(g => new PlanReportGoal(g.Position, g.Text, [.. g.Tasks.OrderBy(t => t.Position).Select(t =>
                new PlanReportTask(t.Measure, t.Deadline, t.ExpectedResult, $"{t.ResponsibleName} ({PlanTexts.Responsible(t.ResponsibleKind)})",
                    revision.IsCurrent ? (statuses.TryGetValue(t.Key, out var s) ? PlanTexts.Outcome(s.Outcome) : "nav uzsākts") : null))]))],
            revision.Services,
            revision.Institutions,
            revision.Meetings,
            agreement is null ? null : new PlanReportAgreement(agreement.AgreedOn, PlanTexts.Agreement(agreement.Method), agreement.ClientComments),
            user.FullName(),
            clock.GetUtcNow());
        return (report, plan.ClientId, plan.Id);
    }
}
