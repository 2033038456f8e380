using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Applications;

/// <summary>The header of an application (what every application page shows on top), read within the user's scope.</summary>
public sealed record ApplicationSummary(
    int Id,
    int ClientId,
    string ClientName,
    bool ClientArchived,
    int ServiceId,
    string ServiceCode,
    string ServiceName,
    string Number,
    ApplicationStatus Status,
    DateOnly SubmittedOn,
    DateOnly? DocumentsCompleteOn,
    DateOnly? DecisionDue,
    int? CaseFileId,
    string? CaseNumber,
    uint Version,
    ClientAccess Access)
{
    public bool CanEdit => Access == ClientAccess.Edit;

    public bool IsUndecided => Status is ApplicationStatus.AwaitingDocuments or ApplicationStatus.AwaitingDecision;

    public bool IsOpen => IsUndecided || Status == ApplicationStatus.Queued;
}

/// <summary>How a change of an application ended.</summary>
public enum ApplicationChangeOutcome
{
    Saved,

    /// <summary>Someone else changed the application after the form was opened, or its state no longer allows the change.</summary>
    Conflict,
    NotFound,
}

/// <summary>Queries and helpers shared by the application pages (every one of them starts from <see cref="AccessScope"/>).</summary>
public static class ApplicationData
{
    public const int ReasonMaxLength = 2000;
    public const int DocumentNameMaxLength = 300;
    public const int ApplicantNameMaxLength = 200;

    /// <summary>A document received more than this long before the application is a mistake (the domain refuses it too).</summary>
    public const int DocumentYearsBeforeSubmission = 1;

    public static async Task<ApplicationSummary?> SummaryAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        var clients = scope.Clients(user).Select(c => c.Id);
        // Joins on the client's and the service's keys: a subquery with First() would be a window over the whole table.
        var row = await (from a in db.Applications.AsNoTracking()
                         where a.Id == id && clients.Contains(a.ClientId)
                         join c in db.Clients on a.ClientId equals c.Id
                         join s in db.Services on a.ServiceId equals s.Id
                         select new
                         {
                             a.Id,
                             a.ClientId,
                             Client = new { Name = c.FirstName + " " + c.LastName, c.IsArchived },
                             a.ServiceId,
                             Service = new { s.Code, s.Name },
                             a.Number,
                             a.Status,
                             a.SubmittedOn,
                             a.DocumentsCompleteOn,
                             a.DecisionDue,
                             a.CaseFileId,
                             CaseNumber = db.CaseFiles.Where(f => f.Id == a.CaseFileId).Select(f => f.Number).FirstOrDefault(),
                             Version = EF.Property<uint>(a, "Version"),
                         }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var access = await scope.AccessToAsync(user, row.ClientId, ct);
        return new ApplicationSummary(row.Id, row.ClientId, row.Client.Name, row.Client.IsArchived, row.ServiceId, row.Service.Code, row.Service.Name, row.Number,
            row.Status, row.SubmittedOn, row.DocumentsCompleteOn, row.DecisionDue, row.CaseFileId, row.CaseNumber, row.Version, access);
    }

    /// <summary>The application, tracked, with its documents, extensions and decisions, if its client is in the user's scope.</summary>
    public static Task<ServiceApplication?> LoadForChangeAsync(AccessScope scope, AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        var clients = scope.OwnClients(user).Select(c => c.Id);
        return db.Applications.Include(a => a.Documents).Include(a => a.Extensions).Include(a => a.Decisions).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && clients.Contains(a.ClientId), ct);
    }

    /// <summary>False when the stored version differs from the one the form carried; otherwise arms the check for the save.</summary>
    public static bool VersionMatches(AppDbContext db, ServiceApplication application, uint posted) => RowVersion.Matches(db, application, posted);

    /// <summary>
    /// Saves a change of the application. Its row is always updated (even when only a document was added), so its
    /// version moves and a concurrent change of the same application is detected.
    /// </summary>
    public static async Task<ApplicationChangeOutcome> SaveAsync(AppDbContext db, ServiceApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry(application);
        if (entry.State == EntityState.Unchanged)
        {
            entry.Property(a => a.Status).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return ApplicationChangeOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ApplicationChangeOutcome.Conflict;
        }
    }

    /// <summary>Today in Latvia (Europe/Riga), whatever the server's time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => LatvianTime.Today(clock);

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The Latvian day of an instant.</summary>
    public static string Date(DateTimeOffset at) => at.ToLatvian().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>"350 KB", "2,4 MB".</summary>
    public static string FileSize(IStringLocalizer t, long? bytes)
    {
        ArgumentNullException.ThrowIfNull(t);
        var size = bytes ?? 0;
        return size < 1024 * 1024
            ? t["Applications.SizeKb", Math.Max(1, (int)Math.Ceiling(size / 1024.0))]
            : t["Applications.SizeMb", Math.Round(size / (1024.0 * 1024.0), 1).ToString("0.0", CultureInfo.CurrentCulture)];
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"1 diena", "5 dienas", "21 diena" (Latvian puts a noun after a number ending in 1, but not 11, in the singular).</summary>
    public static string Days(IStringLocalizer t, int days)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t[SocialServices.Web.Applications.EligibilityText.IsSingular(days) ? "Applications.Days.One" : "Applications.Days.Many", days];
    }

    /// <summary>Days left or overdue in words, e.g. "Līdz termiņam: 12 dienas", "Nokavēts: 3 dienas", "Termiņš ir šodien".</summary>
    public static string DaysLeft(IStringLocalizer t, DeadlineStatus status)
    {
        ArgumentNullException.ThrowIfNull(t);
        return status.DaysLeft switch
        {
            0 => t["Applications.Deadline.Today"],
            < 0 => t["Applications.Deadline.Overdue", Days(t, -status.DaysLeft)],
            _ => t["Applications.Deadline.DaysLeft", Days(t, status.DaysLeft)],
        };
    }

    /// <summary>The badge class of a deadline state (the text says the same: colour is never the only sign).</summary>
    public static string DeadlineClass(DeadlineState state) => state switch
    {
        DeadlineState.Overdue => "text-bg-danger",
        DeadlineState.DueSoon => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static string StatusClass(ApplicationStatus status) => status switch
    {
        ApplicationStatus.AwaitingDocuments => "text-bg-warning",
        ApplicationStatus.AwaitingDecision => "text-bg-primary",
        ApplicationStatus.Granted => "text-bg-success",
        ApplicationStatus.Refused => "text-bg-danger",
        ApplicationStatus.Queued => "text-bg-info",
        _ => "text-bg-secondary",
    };
}
