using System.Security.Claims;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Staff;

/// <summary>
/// Who may do what with staff data: managers and administrators keep the register, auditors read it, everyone may read
/// their own record. Timesheets: each person with working time reads their own; managers and auditors read all;
/// managers approve.
/// </summary>
public static class StaffAccess
{
    /// <summary>Reads the whole register.</summary>
    public static bool ReadsRegister(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Auditor);
    }

    /// <summary>Changes the register.</summary>
    public static bool EditsRegister(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Administrator);
    }

    /// <summary>Has a timesheet of their own (records working time).</summary>
    public static bool HasTimesheet(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.ServiceManager);
    }

    /// <summary>Reads everyone's timesheets.</summary>
    public static bool ReadsAllTimesheets(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || user.IsInRole(Roles.Auditor);
    }

    /// <summary>Approves and reopens months.</summary>
    public static bool ApprovesTimesheets(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager);
    }
}
