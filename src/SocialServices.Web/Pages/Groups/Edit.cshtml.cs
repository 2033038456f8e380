using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// A manager edits a group: name, leaders, place and room, capacity (never below the members it has: the message
/// says how many). The schedule is edited session by session on the group's page.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class EditModel(EditModel.Handler handler, IValidator<EditModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public GroupState Stored { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new Command { Version = Stored.Version, Name = Stored.Name, Location = Stored.Location, Room = Stored.Room, Capacity = Stored.Capacity, LeaderIds = [.. Stored.LeaderIds] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddToModelState(ModelState, nameof(Input));
        if (Input.LeaderIds.Any(l => Staff.All(s => s.Id != l) && !Stored.LeaderIds.Contains(l)))
        {
            ModelState.AddModelError("Input.LeaderIds", t["Groups.LeaderUnknown"]);
        }

        if (Input.Capacity is { } capacity && !GroupCapacity.CanSetCapacity(capacity, Stored.Members))
        {
            ModelState.AddModelError("Input.Capacity", t["Groups.CapacityBelowMembers", Stored.Members]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await handler.SaveAsync(id, Input, ct);
        if (outcome == CaseChangeOutcome.Conflict)
        {
            await LoadAsync(id, ct);
            HasConflict = true;
            ModelState.Remove("Input.Version");
            Input = Input with { Version = Stored.Version };
            if (Input.Capacity is { } c && !GroupCapacity.CanSetCapacity(c, Stored.Members))
            {
                ModelState.AddModelError("Input.Capacity", t["Groups.CapacityBelowMembers", Stored.Members]);
            }

            return Page();
        }

        TempData["StatusMessage"] = t["Groups.Saved"].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var stored = await handler.LoadAsync(id, ct);
        if (stored is null)
        {
            return false;
        }

        Stored = stored;
        Staff = await CaseData.ActiveStaffAsync(handler.Db, GroupAccess.LeaderRoles, ct);
        return true;
    }

    public sealed record GroupState(int Id, string Name, string? Location, string? Room, int Capacity, int Members, IReadOnlyList<string> LeaderIds, IReadOnlyList<string> LeaderNames, uint Version);

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Name { get; init; } = string.Empty;
        public string? Location { get; init; }
        public string? Room { get; init; }
        public int? Capacity { get; init; }
        public List<string> LeaderIds { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Name).RequiredText(t, "Groups.NameRequired", 200);
            RuleFor(c => c.Capacity).NotNull().WithMessage(t["Groups.CapacityRange"]).InclusiveBetween(1, 100).WithMessage(t["Groups.CapacityRange"]);
            RuleFor(c => c.Location).OptionalText(t, 300);
            RuleFor(c => c.Room).OptionalText(t, 200);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public AppDbContext Db => db;

        public async Task<GroupState?> LoadAsync(int id, CancellationToken ct)
        {
            var g = await db.ProgrammeGroups.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new { x.Id, x.Name, x.Location, x.Room, x.Capacity, Version = EF.Property<uint>(x, "Version"), Members = db.GroupEnrolments.Count(e => e.GroupId == x.Id && e.Status == EnrolmentStatus.Enrolled) })
                .FirstOrDefaultAsync(ct);
            if (g is null)
            {
                return null;
            }

            var leaders = await db.GroupLeaders.AsNoTracking().Where(l => l.GroupId == id).Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { l.UserId, u.FullName }).OrderBy(l => l.FullName).ToListAsync(ct);
            return new GroupState(g.Id, g.Name, g.Location, g.Room, g.Capacity, g.Members, leaders.Select(l => l.UserId).ToList(), leaders.Select(l => l.FullName).ToList(), g.Version);
        }

        public async Task<CaseChangeOutcome> SaveAsync(int id, Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Members are counted under a lock on the group row, as the placement does, so the capacity cannot drop below them.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT id FROM programme_groups WHERE id = {id} FOR UPDATE", ct);
            var group = await db.ProgrammeGroups.FirstAsync(g => g.Id == id, ct);
            var members = await db.GroupEnrolments.CountAsync(e => e.GroupId == id && e.Status == EnrolmentStatus.Enrolled, ct);
            if (!RowVersion.Matches(db, group, command.Version) || !GroupCapacity.CanSetCapacity(command.Capacity!.Value, members))
            {
                return CaseChangeOutcome.Conflict;
            }

            group.Update(command.Name, command.Location, command.Room, command.Capacity.Value, members);
            var leaders = await db.GroupLeaders.Where(l => l.GroupId == id).ToListAsync(ct);
            var wanted = command.LeaderIds.Distinct().ToList();
            db.GroupLeaders.RemoveRange(leaders.Where(l => !wanted.Contains(l.UserId)));
            db.GroupLeaders.AddRange(wanted.Where(w => leaders.All(l => l.UserId != w)).Select(w => new GroupLeader(id, w)));
            db.Entry(group).Property(g => g.Name).IsModified = true; // the version moves even when only the leaders changed
            audit.Add(AuditActions.GroupUpdate, "ProgrammeGroup", id.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"name={group.Name}; capacity={group.Capacity}; room={group.Room}; leaders={string.Join(",", wanted)}"));
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return CaseChangeOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return CaseChangeOutcome.Conflict;
            }
        }
    }
}
