namespace SocialServices.Reports.Documents;

/// <summary>Input of <see cref="UserListDocument"/>: the administrator's list of users and roles.</summary>
/// <param name="OrganisationName">Shown in the page header.</param>
/// <param name="GeneratedBy">The administrator who generated the list (page footer, PDF author).</param>
/// <param name="GeneratedAt">When it was generated; also the "now" for showing current lockouts.</param>
/// <param name="Users">The users, in the order they are to be listed.</param>
public sealed record UserListReport(string OrganisationName, string GeneratedBy, DateTimeOffset GeneratedAt, IReadOnlyList<UserListRow> Users);

/// <summary>One user in <see cref="UserListReport"/>.</summary>
/// <param name="UserName">Login name.</param>
/// <param name="FullName">Given name and surname.</param>
/// <param name="Email">E-mail address, if any.</param>
/// <param name="Roles">Role display names.</param>
/// <param name="Active">False for a deactivated user.</param>
/// <param name="LockedOutUntil">End of a lockout after failed sign-ins, if any.</param>
public sealed record UserListRow(string UserName, string FullName, string? Email, IReadOnlyList<string> Roles, bool Active, DateTimeOffset? LockedOutUntil);
