using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Attendance;

/// <summary>Who may record attendance: a group's register, and a client's individual appointments.</summary>
public static class AttendanceAccess
{
    /// <summary>Roles that record individual appointments (for clients in their own scope).</summary>
    public static readonly string[] AppointmentRoles = [Roles.SocialWorker, Roles.Specialist, Roles.ServiceManager];

    /// <summary>Roles offered as leaders present at a session (besides the group's own leaders).</summary>
    public static readonly string[] LeaderRoles = [Roles.Specialist];

    /// <summary>A service manager, or a planned leader of the group (a specialist or social worker named in its leaders).</summary>
    public static async Task<bool> FillsRegisterAsync(AppDbContext db, ClaimsPrincipal user, int groupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.ServiceManager))
        {
            return true;
        }

        if (!user.IsInRole(Roles.Specialist) && !user.IsInRole(Roles.SocialWorker))
        {
            return false;
        }

        var me = user.UserId();
        return await db.GroupLeaders.AnyAsync(l => l.GroupId == groupId && l.UserId == me, ct);
    }

    /// <summary>
    /// Whether the user may record appointments of the client: a social worker, specialist or manager with the client in
    /// their own scope (an emergency access reads, never records; auditors read).
    /// </summary>
    public static async Task<bool> RecordsAppointmentsAsync(AccessScope scope, ClaimsPrincipal user, int clientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        return AppointmentRoles.Any(user.IsInRole) && await scope.InOwnScopeAsync(user, clientId, ct);
    }

    public static bool MayRecordAppointments(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AppointmentRoles.Any(user.IsInRole);
    }
}
