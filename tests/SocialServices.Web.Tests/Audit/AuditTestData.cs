using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Data;

namespace SocialServices.Web.Tests.Audit;

/// <summary>Records for the audit and client-file tests, made directly through the DbContext.</summary>
internal static class AuditTestData
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>A municipality and the provider organisation (the database is empty before each test).</summary>
    public static async Task<(int OrganisationId, int MunicipalityId)> OrganisationAsync(AppDbContext db)
    {
        var municipality = new Municipality("Rīgas valstspilsēta", "0010000");
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        var organisation = new Organisation("Rīgas Sociālais dienests", "40900000001", municipality.Id);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return (organisation.Id, municipality.Id);
    }

    public static async Task<string> UserIdAsync(AppDbContext db, string userName) =>
        await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();

    public static async Task<Client> ClientAsync(AppDbContext db, int organisationId, int? municipalityId, string firstName, string lastName, string registeredById, string? personalCode = null)
    {
        var code = personalCode is null ? null : PersonalCode.Parse(personalCode, Today).Code;
        var client = new Client(
            organisationId,
            new ClientDetails(
                code,
                firstName,
                lastName,
                code?.BirthDate ?? new DateOnly(1990, 5, 17),
                Gender.Female,
                municipalityId,
                "Šķūņu iela 7-12, Rīga",
                "+371 29 123 456",
                null,
                "lv",
                DisabilityGroup.II,
                new DateOnly(2024, 1, 1),
                null,
                [TargetGroup.SingleParent],
                "Sazināties pēc plkst. 16."),
            registeredById,
            new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return client;
    }

    public static async Task<CaseFile> CaseAsync(AppDbContext db, int organisationId, int clientId, int sequence, string reason, string? responsibleWorkerId, string openedById)
    {
        var caseFile = new CaseFile(
            organisationId,
            clientId,
            CaseNumber.Format(2026, sequence),
            new DateOnly(2026, 3, 2),
            reason,
            ReferralSource.School,
            responsibleWorkerId,
            new Actor(openedById, "Ilze Vītola"),
            new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
        db.CaseFiles.Add(caseFile);
        await db.SaveChangesAsync();
        return caseFile;
    }

    /// <summary>Writes an audit entry as the application would (the database sets sequence and hashes).</summary>
    public static async Task<AuditEntry> EntryAsync(AppDbContext db, DateTimeOffset at, string actorName, string action, int? clientId = null, int? caseFileId = null, string? reason = null, string? details = null, string? actorId = null)
    {
        var entry = new AuditEntry(at, actorId, actorName, action, clientId is null ? null : "client", clientId?.ToString(System.Globalization.CultureInfo.InvariantCulture), details)
            .About(clientId, caseFileId, reason);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }
}
