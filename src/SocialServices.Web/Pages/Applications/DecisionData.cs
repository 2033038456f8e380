using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Web.Access;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Applications;

/// <summary>The application as the decision pages show it above their forms.</summary>
public sealed record DecisionHeader(
    int Id,
    string Number,
    int ClientId,
    string ClientName,
    int ServiceId,
    string ServiceName,
    string ServiceCode,
    bool IsGroupProgramme,
    ApplicationStatus Status,
    DateOnly SubmittedOn,
    DateOnly? DocumentsCompleteOn,
    DateOnly? DecisionDue,
    IReadOnlyList<string> MissingDocuments,
    DecisionKind? InForce,
    uint Version);

/// <summary>What the decision pages (decide, notify, contract, letter) share: loading an application within the user's scope.</summary>
public static class DecisionData
{
    /// <summary>The application, tracked, with documents and decisions, when its client is in the user's reading scope (emergency access included); null otherwise. Pages that change use <see cref="ApplicationData.LoadForChangeAsync"/>.</summary>
    public static Task<ServiceApplication?> LoadAsync(AppDbContext db, AccessScope scope, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var clients = scope.Clients(user).Select(c => c.Id);
        return db.Applications.Include(a => a.Documents).Include(a => a.Decisions).Include(a => a.Extensions).AsSplitQuery()
            .Where(a => a.Id == id && clients.Contains(a.ClientId))
            .FirstOrDefaultAsync(ct);
    }

    public static async Task<DecisionHeader> HeaderAsync(AppDbContext db, ServiceApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(application);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == application.ClientId).Select(c => c.FirstName + " " + c.LastName).FirstAsync(ct);
        var service = await db.Services.AsNoTracking().Where(s => s.Id == application.ServiceId).Select(s => new { s.Name, s.Code, s.Type }).FirstAsync(ct);
        return new DecisionHeader(application.Id, application.Number, application.ClientId, client, application.ServiceId, service.Name, service.Code,
            service.Type == Domain.Catalogue.ServiceType.EducationalAndSupportGroup, application.Status, application.SubmittedOn, application.DocumentsCompleteOn,
            application.DecisionDue, application.MissingDocuments, application.DecisionInForce?.Kind, db.Entry(application).Property<uint>("Version").CurrentValue);
    }
}
