using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Access;
using SocialServices.Web.Assessments;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// One version of an assessment as a Latvian PDF (a functional assessment with its radar chart, drawn from the same
/// geometry as the page). Social workers, managers and auditors with the client in scope; every export is audited.
/// </summary>
[Authorize(Roles = Roles.ServiceManager + "," + Roles.SocialWorker + "," + Roles.Auditor)]
public sealed class ExportModel(ExportModel.Handler handler, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var pdf = await handler.ComposeAsync(id, User, ct);
        return pdf is null
            ? NotFound()
            : File(pdf, "application/pdf", $"novertejums-{id.ToString(CultureInfo.InvariantCulture)}-{LatvianTime.Today(clock):yyyy-MM-dd}.pdf");
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        public async Task<byte[]?> ComposeAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var header = await AssessmentData.HeaderAsync(scope, db, user, id, ct);
            if (header is null)
            {
                return null;
            }

            var assessment = await db.Assessments.AsNoTracking().FirstAsync(a => a.Id == id, ct);
            var versions = await AssessmentData.VersionsAsync(db, assessment, ct);
            var earlier = await AssessmentData.EarlierFunctionalAsync(db, assessment, ct);
            var personalCode = await db.Clients.AsNoTracking().Where(c => c.Id == assessment.ClientId).Select(c => c.PersonalCode).FirstOrDefaultAsync(ct);
            var organisationName = await organisation.NameAsync(ct);

            // The document is Latvian whatever the interface language: it goes into the client file as a record.
            var uiCulture = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = Cultures.LatvianCulture;
            AssessmentReport report;
            try
            {
                report = Build(header, assessment, versions, earlier, personalCode, organisationName, user.FullName());
            }
            finally
            {
                CultureInfo.CurrentUICulture = uiCulture;
            }

            var pdf = AssessmentDocument.Compose(report);
            await audit.WriteForClientAsync(AuditActions.AssessmentExport, assessment.ClientId, assessment.CaseFileId, AssessmentAudit.Details(assessment, "pdf"), ct: ct);
            return pdf;
        }

        private AssessmentReport Build(AssessmentHeader header, Assessment a, IReadOnlyList<AssessmentVersionView> versions, IReadOnlyList<FunctionalOverlay> earlier,
            string? personalCode, string organisationName, string generatedBy)
        {
            string Date(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            var content = a.Content;
            IReadOnlyList<AssessmentReportSection>? initial = content.Initial is { } i
                ? new (string Key, string? Text)[] { ("Social", i.Social), ("Psychological", i.Psychological), ("Physical", i.Physical), ("SocialFactors", i.SocialFactors), ("Risks", i.Risks), ("ClientView", i.ClientView), ("Conclusion", i.Conclusion) }
                    .Select(s => new AssessmentReportSection(t["Assessments.Initial." + s.Key].Value, s.Text)).ToList()
                : null;

            AssessmentReportFunctional? functional = null;
            if (content.Functional is { } f)
            {
                var radar = AssessmentData.Radar(f, earlier, t["Assessments.ThisAssessment", Date(a.AssessedOn)].Value, Date);
                var dates = new List<string> { Date(a.AssessedOn) };
                dates.AddRange(earlier.Select(e => Date(e.AssessedOn)));
                functional = new AssessmentReportFunctional(
                    Scale(t["Assessments.FunctionalScaleIntro"].Value, FunctionalScale.Min, FunctionalScale.Max, "Assessments.Scale."),
                    radar is null ? null : RadarPdf.From(radar),
                    dates,
                    f.Scores.Select(s =>
                    {
                        var row = new List<int?> { s.Score };
                        row.AddRange(earlier.Select(e => DetailsModel.EarlierScore(e, s.DomainId)));
                        return new AssessmentReportScore(s.Domain, row, s.Comment);
                    }).ToList());
            }

            var needs = content.BasicNeeds is { } n
                ? new AssessmentReportNeeds(
                    n.Needs.Select(x => new AssessmentReportNeed(t["Assessments.Need." + x.Need].Value, x.Status is { } status ? t["Assessments.NeedStatus." + status].Value : null, x.Comment)).ToList(),
                    n.Strengths, n.Weaknesses, n.InnerResources, n.OuterResources)
                : null;

            var risk = content.Risk is { } r
                ? new AssessmentReportRisk(
                    Scale(t["Assessments.RiskScaleIntro"].Value, RiskScale.Min, RiskScale.Max, "Risk.Scale."),
                    r.Members.Select(m => m.Name + " (" + (m.Relation is { } relation ? t["RelationKind." + relation].Value : t["Assessments.TheClient"].Value).ToLower(Cultures.LatvianCulture) + ")").ToList(),
                    r.Rows.Select(row => new AssessmentReportRiskRow(row.Item, row.Scores)).ToList(),
                    Enumerable.Range(0, r.Members.Count).Select(r.MemberCoefficient).ToList(),
                    a.RiskCoefficient ?? r.Coefficient,
                    a.RiskLevel is { } level ? KindNames.Latvian(level) : null,
                    a.NextDueOn)
                : null;

            var current = versions.LastOrDefault(v => v.Status == AssessmentStatus.Completed && v.SupersededAt is null);
            return new AssessmentReport(
                organisationName,
                generatedBy,
                clock.GetUtcNow(),
                header.Case.ClientName,
                personalCode,
                header.Case.Number,
                KindNames.Latvian(a.Kind),
                a.AssessedOn,
                a.AssessorName,
                t["Assessments.Status." + a.Status].Value,
                a.VersionNumber,
                a.CorrectionReason,
                a.CompletedAt is { } completedAt ? completedAt.ToLatvian().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + ", " + a.CompletedByName : null,
                a.IsSuperseded && current is not null ? t["Assessments.SupersededPdf", current.VersionNumber].Value : null,
                initial,
                functional,
                needs,
                risk,
                a.Problems.Select(p => new AssessmentReportProblem(p.Definition, p.Causes, p.Significance is { } s ? t["Assessments.Significance." + s].Value : null)).ToList(),
                versions.Select(v => new AssessmentReportVersion(v.VersionNumber,
                    v.Status == AssessmentStatus.Draft ? t["Assessments.Status.Draft"].Value : v.SupersededAt is null ? t["Assessments.CurrentVersion"].Value : t["Assessments.Superseded"].Value,
                    v.AssessedOn, v.AssessorName, v.CorrectionReason)).ToList());
        }

        private string Scale(string intro, int min, int max, string prefix) =>
            intro + " " + string.Join("; ", Enumerable.Range(min, max - min + 1).Select(v => v.ToString(CultureInfo.InvariantCulture) + " — " + t[prefix + v.ToString(CultureInfo.InvariantCulture)].Value)) + ".";
    }
}
