using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Staff;
using SocialServices.Web.Data;
using SocialServices.Web.Pages.Cases;
using StaffMember = SocialServices.Domain.Staff.StaffMember;

namespace SocialServices.Web.Pages.Staff;

/// <summary>The staff member's form (create and edit): what it posts, its rules and its choices.</summary>
public sealed record StaffCommand
{
    public int Id { get; init; }
    public uint Version { get; init; }
    public string FirstName { get; init; } = string.Empty;
    public string LastName { get; init; } = string.Empty;
    public string? UserId { get; init; }
    public int? PositionId { get; init; }
    public DateOnly? EmployedFrom { get; init; }
    public DateOnly? EmployedUntil { get; init; }
    public bool WorksWithChildren { get; init; }
    public string? Note { get; init; }

    public StaffDetails Details() => new(FirstName, LastName, UserId, PositionId ?? 0, EmployedFrom ?? default, EmployedUntil, WorksWithChildren, Note);

    public static StaffCommand From(StaffMember m, uint version)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new()
        {
            Id = m.Id,
            Version = version,
            FirstName = m.FirstName,
            LastName = m.LastName,
            UserId = m.UserId,
            PositionId = m.PositionId,
            EmployedFrom = m.EmployedFrom,
            EmployedUntil = m.EmployedUntil,
            WorksWithChildren = m.WorksWithChildren,
            Note = m.Note,
        };
    }
}

public sealed class StaffCommandValidator : AbstractValidator<StaffCommand>
{
    public StaffCommandValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(c => c.FirstName).RequiredText(t, "Staff.FirstNameRequired", StaffMember.MaxNameLength);
        RuleFor(c => c.LastName).RequiredText(t, "Staff.LastNameRequired", StaffMember.MaxNameLength);
        RuleFor(c => c.PositionId).NotNull().WithMessage(t["Staff.PositionRequired"]);
        RuleFor(c => c.EmployedFrom).NotNull().WithMessage(t["Staff.EmployedFromRequired"]);
        RuleFor(c => c.EmployedUntil).Must((c, until) => until is null || c.EmployedFrom is null || until >= c.EmployedFrom).WithMessage(t["Staff.EmployedUntilBeforeFrom"]);
        RuleFor(c => c.Note).OptionalText(t, StaffMember.MaxNoteLength);
    }
}

/// <summary>The choices of the form: active positions and user accounts not yet linked to someone else.</summary>
public sealed record StaffChoices(IReadOnlyList<(int Id, string Name)> Positions, IReadOnlyList<(string Id, string Name)> Users)
{
    public static async Task<StaffChoices> LoadAsync(AppDbContext db, int? staffMemberId, int? currentPositionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var positions = await db.StaffPositions.AsNoTracking()
            .Where(p => p.IsActive || p.Id == currentPositionId)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.ProfessionCode })
            .ToListAsync(ct);
        var taken = db.StaffMembers.Where(m => m.UserId != null && m.Id != staffMemberId).Select(m => m.UserId);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && !taken.Contains(u.Id))
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.UserName })
            .ToListAsync(ct);
        return new StaffChoices(
            positions.Select(p => (p.Id, p.Name + " (" + p.ProfessionCode + ")")).ToList(),
            users.Select(u => (u.Id, u.FullName + " (" + u.UserName + ")")).ToList());
    }
}

/// <summary>Checks of the form that need the database: the position exists, the account is not someone else's.</summary>
public static class StaffFormChecks
{
    public static async Task<IReadOnlyList<(string Field, string Key)>> CheckAsync(AppDbContext db, StaffCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<(string, string)>();
        if (command.PositionId is { } positionId && !await db.StaffPositions.AnyAsync(p => p.Id == positionId, ct))
        {
            errors.Add((nameof(StaffCommand.PositionId), "Staff.PositionRequired"));
        }

        if (!string.IsNullOrWhiteSpace(command.UserId))
        {
            if (!await db.Users.AnyAsync(u => u.Id == command.UserId, ct))
            {
                errors.Add((nameof(StaffCommand.UserId), "Staff.UserUnknown"));
            }
            else if (await db.StaffMembers.AnyAsync(m => m.UserId == command.UserId && m.Id != command.Id, ct))
            {
                errors.Add((nameof(StaffCommand.UserId), "Staff.UserTaken"));
            }
        }

        return errors;
    }
}
