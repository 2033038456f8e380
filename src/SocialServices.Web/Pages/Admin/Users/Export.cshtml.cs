using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Auditing;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Admin.Users;

/// <summary>The list of users and roles as a PDF (audited).</summary>
public sealed class ExportModel(IndexModel.Handler users, OrganisationInfo organisation, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var rows = await users.ListAsync("all", ct);
        // The document is Latvian whatever the interface language (it leaves the organisation as an official record).
        System.Globalization.CultureInfo.CurrentUICulture = Cultures.LatvianCulture;
        var now = clock.GetUtcNow();
        var report = new UserListReport(
            await organisation.NameAsync(ct),
            User.FullName(),
            now,
            rows.Select(r => new UserListRow(r.UserName, r.FullName, r.Email, r.Roles.Select(role => t[Roles.DisplayKey(role)].Value).ToList(), r.Active, r.LockedOutUntil)).ToList());
        var pdf = UserListDocument.Compose(report);
        await audit.WriteAsync(AuditActions.UserListExport, "user", null, $"users={rows.Count}", ct: ct);
        return File(pdf, "application/pdf", $"lietotaji-{now.ToLatvian():yyyy-MM-dd}.pdf");
    }
}
