using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Feedback;

public sealed record PickOption(int Id, string Name);

public sealed record StaffOption(string Id, string Name);

/// <summary>Who does what with complaints and surveys, and the lists the forms pick from.</summary>
public static class FeedbackData
{
    /// <summary>Register a complaint they received, enter survey answers: managers, social workers, specialists.</summary>
    public const string Registrars = Roles.ServiceManager + "," + Roles.SocialWorker + "," + Roles.Specialist;

    /// <summary>Read the whole register and the survey results: managers and auditors.</summary>
    public const string Readers = Roles.ServiceManager + "," + Roles.Auditor;

    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>Managers and auditors read every complaint; others only the ones they registered themselves.</summary>
    public static bool ReadsAll(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Auditor);
    }

    /// <summary>Only service managers investigate, answer, close and withdraw complaints.</summary>
    public static bool Handles(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager);
    }

    public static bool Registers(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.Specialist);
    }

    /// <summary>The complaints the user may open: the organisation's for managers and auditors, their own registrations for others.</summary>
    public static IQueryable<Complaint> Complaints(AppDbContext db, ClaimsPrincipal user, int organisationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = db.Complaints.Where(c => c.OrganisationId == organisationId);
        if (ReadsAll(user))
        {
            return all;
        }

        var me = user.UserId() ?? string.Empty;
        return Registers(user) ? all.Where(c => c.RegisteredById == me) : all.Where(_ => false);
    }

    public static async Task<List<PickOption>> ServicesAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Services.AsNoTracking().Where(s => s.IsActive).Select(s => new PickOption(s.Id, s.Name)).ToListAsync(ct);
        return rows.OrderBy(s => s.Name, Cultures.LatvianComparer).ToList();
    }

    /// <summary>Clients in the user's scope (not archived) to pick from.</summary>
    public static async Task<List<PickOption>> ClientsAsync(AccessScope scope, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await scope.Clients(user).AsNoTracking().Where(c => !c.IsArchived)
            .Select(c => new { c.Id, c.LastName, c.FirstName }).ToListAsync(ct);
        return rows.OrderBy(c => c.LastName, Cultures.LatvianComparer).ThenBy(c => c.FirstName, Cultures.LatvianComparer)
            .Select(c => new PickOption(c.Id, c.FirstName + " " + c.LastName)).ToList();
    }

    /// <summary>Active staff (any role but administrator-only) who may be concerned by a complaint.</summary>
    public static async Task<List<StaffOption>> StaffAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        string[] roles = [Roles.SocialWorker, Roles.Specialist, Roles.ServiceManager];
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.FullName).ThenBy(u => u.UserName)
            .Select(u => new StaffOption(u.Id, u.FullName))
            .ToListAsync(ct);
    }

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
