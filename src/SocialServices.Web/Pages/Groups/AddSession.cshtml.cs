using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Groups;

/// <summary>Adds a session to a group's schedule by hand (e.g. to make up for a cancelled one). Managers and the group's leaders.</summary>
public sealed class AddSessionModel(AddSessionModel.Handler handler, IValidator<SessionModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public SessionModel.Command Input { get; set; } = new();

    public (int Id, string Name) Group { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var group = await LoadAsync(id, ct);
        if (group is not null)
        {
            return group;
        }

        var defaults = await handler.DefaultsAsync(id, ct);
        Input = new SessionModel.Command { StartsAt = defaults.StartsAt, EndsAt = defaults.EndsAt, Room = defaults.Room };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var group = await LoadAsync(id, ct);
        if (group is not null)
        {
            return group;
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        await handler.AddAsync(id, Input, ct);
        TempData["StatusMessage"] = t["Groups.SessionAdded", Input.Date!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var name = await handler.Db.ProgrammeGroups.AsNoTracking().Where(g => g.Id == id).Select(g => g.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        if (!(await GroupAccess.RightsAsync(handler.Db, id, User, ct)).EditsSessions)
        {
            return Forbid();
        }

        Group = (id, name);
        return null;
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public AppDbContext Db => db;

        /// <summary>The pattern's times and the group's room, else the last session's.</summary>
        public async Task<(TimeOnly? StartsAt, TimeOnly? EndsAt, string? Room)> DefaultsAsync(int id, CancellationToken ct)
        {
            var group = await db.ProgrammeGroups.AsNoTracking().FirstAsync(g => g.Id == id, ct);
            var last = await db.GroupSessions.AsNoTracking().Where(s => s.GroupId == id).OrderByDescending(s => s.Date).Select(s => new { s.StartsAt, s.EndsAt, s.Room }).FirstOrDefaultAsync(ct);
            return (group.PatternStartsAt ?? last?.StartsAt, group.PatternEndsAt ?? last?.EndsAt, group.Room ?? last?.Room);
        }

        public async Task AddAsync(int id, SessionModel.Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var group = await db.ProgrammeGroups.FirstAsync(g => g.Id == id, ct);
            var session = new GroupSession(id, command.Date!.Value, command.StartsAt!.Value, command.EndsAt!.Value, command.Room);
            db.GroupSessions.Add(session);
            await GroupAccess.SyncDatesAsync(db, group, ct);
            audit.Add(AuditActions.GroupSessionAdd, "ProgrammeGroup", id.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"date={session.Date:yyyy-MM-dd} {session.StartsAt:HH:mm}-{session.EndsAt:HH:mm} {session.Room}").Trim());
            await db.SaveChangesAsync(ct);
        }
    }
}
