using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// What the assessment pages share: the header read within the user's scope (missing or out of scope: 404; a change by a
/// read-only user: 403), an audit entry for every view of an assessment's content, and the concurrency notice.
/// </summary>
public abstract class AssessmentPage(AccessScope scope, AppDbContext db, AuditLog audit) : PageModel
{
    public AssessmentHeader Header { get; private set; } = null!;

    protected AppDbContext Db => db;

    /// <summary>Set when someone else saved the assessment after this form was opened.</summary>
    public bool HasConflict { get; protected set; }

    /// <summary>Loads the header; a page that changes the assessment refuses users who may only read the client's file.</summary>
    protected async Task<IActionResult?> LoadAsync(int id, bool forChange, CancellationToken ct)
    {
        var header = await AssessmentData.HeaderAsync(scope, db, User, id, ct);
        if (header is null)
        {
            return NotFound();
        }

        if (forChange && !header.Case.CanEdit)
        {
            return Forbid();
        }

        Header = header;
        if (HttpMethods.IsGet(Request.Method))
        {
            await audit.WriteForClientAsync(AuditActions.AssessmentRead, header.Case.ClientId, header.Case.Id,
                string.Create(CultureInfo.InvariantCulture, $"assessment={header.Id}; version={header.VersionNumber}; page={GetType().Name.Replace("Model", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}"),
                ct: ct);
        }

        return null;
    }

    protected async Task ReloadHeaderAsync(CancellationToken ct) =>
        Header = await AssessmentData.HeaderAsync(scope, db, User, Header.Id, ct) ?? Header;
}
