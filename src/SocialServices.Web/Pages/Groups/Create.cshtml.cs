using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// A manager starts a new group of a programme: name, leaders, place and room, capacity, and the schedule pattern
/// (weekdays, times, number of sessions: the programme's by default), from which the sessions are generated at once,
/// skipping Latvian public holidays and the dates the manager lists. Each session can then be edited on its own.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public async Task OnGetAsync(int? serviceId, CancellationToken ct)
    {
        await LoadAsync(ct);
        var programme = Programmes.FirstOrDefault(p => p.Id == serviceId);
        Input = new Command
        {
            ServiceId = serviceId,
            Capacity = programme?.PlannedSize ?? 12,
            Sessions = programme?.SessionCount,
            StartsAt = new TimeOnly(17, 0),
            EndsAt = new TimeOnly(18, 30),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddToModelState(ModelState, nameof(Input));
        if (Input.ServiceId is not null && Programmes.All(p => p.Id != Input.ServiceId))
        {
            ModelState.AddModelError("Input.ServiceId", t["Groups.ProgrammeRequired"]);
        }

        if (Input.LeaderIds.Any(id => Staff.All(s => s.Id != id)))
        {
            ModelState.AddModelError("Input.LeaderIds", t["Groups.LeaderUnknown"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (id, sessions) = await handler.CreateAsync(Input, Programmes.Single(p => p.Id == Input.ServiceId).SessionCount, ct);
        TempData["StatusMessage"] = t["Groups.Created", Input.Name.Trim(), sessions].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Programmes = await handler.ProgrammesAsync(ct);
        Staff = await CaseData.ActiveStaffAsync(handler.Db, GroupAccess.LeaderRoles, ct);
    }

    public sealed record Programme(int Id, string Name, int? PlannedSize, int? SessionCount);

    public sealed record Command
    {
        public int? ServiceId { get; init; }
        public string Name { get; init; } = string.Empty;
        public List<string> LeaderIds { get; init; } = [];
        public DateOnly? StartsOn { get; init; }
        public int? Capacity { get; init; }
        public string? Location { get; init; }
        public string? Room { get; init; }
        public List<int> Weekdays { get; init; } = [];
        public TimeOnly? StartsAt { get; init; }
        public TimeOnly? EndsAt { get; init; }

        /// <summary>Number of sessions; empty means the programme's number from the catalogue.</summary>
        public int? Sessions { get; init; }

        /// <summary>Extra dates without a session, e.g. "29.12.2026, 05.01.2027" (one per line or comma-separated).</summary>
        public string? SkipDates { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ServiceId).NotNull().WithMessage(t["Groups.ProgrammeRequired"]);
            RuleFor(c => c.Name).RequiredText(t, "Groups.NameRequired", 200);
            RuleFor(c => c.StartsOn).NotNull().WithMessage(t["Groups.StartsOnRequired"])
                .Must(d => d is null || d.Value >= CaseData.EarliestDate).WithMessage(t["Groups.StartsOnRequired"]);
            RuleFor(c => c.Capacity).NotNull().WithMessage(t["Groups.CapacityRange"]).InclusiveBetween(1, 100).WithMessage(t["Groups.CapacityRange"]);
            RuleFor(c => c.Location).OptionalText(t, 300);
            RuleFor(c => c.Room).OptionalText(t, 200);
            RuleFor(c => c.Weekdays).Must(w => w.All(d => d is >= 1 and <= 7)).WithMessage(t["Groups.WeekdaysRequired"]);
            RuleFor(c => c.StartsAt).NotNull().WithMessage(t["Groups.TimeRequired"]);
            RuleFor(c => c.EndsAt).NotNull().WithMessage(t["Groups.TimeRequired"])
                .Must((c, end) => end is null || c.StartsAt is null || end > c.StartsAt).WithMessage(t["Groups.EndsBeforeStarts"]);
            RuleFor(c => c.Sessions).InclusiveBetween(1, SchedulePattern.MaxSessions).WithMessage(t["Groups.SessionsRange", SchedulePattern.MaxSessions]);
            RuleFor(c => c.SkipDates).Must(s => GroupDates.TryParse(s, out _)).WithMessage(t["Groups.SkipDatesInvalid"]);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, OrganisationInfo organisation)
    {
        public AppDbContext Db => db;

        public async Task<IReadOnlyList<Programme>> ProgrammesAsync(CancellationToken ct)
        {
            var rows = await db.Services.AsNoTracking().Where(s => s.Type == ServiceType.EducationalAndSupportGroup && s.IsActive)
                .OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name, s.PlannedGroupSize, s.SessionCount }).ToListAsync(ct);
            return rows.Select(r => new Programme(r.Id, r.Code + " " + r.Name, r.PlannedGroupSize, r.SessionCount)).ToList();
        }

        /// <summary>Creates the group with its leaders and generated sessions; returns its id and the number of sessions.</summary>
        public async Task<(int Id, int Sessions)> CreateAsync(Command command, int? programmeSessions, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!GroupDates.TryParse(command.SkipDates, out var skip))
            {
                throw new ArgumentException("The validator lets only valid dates through.", nameof(command));
            }

            // No weekday ticked: the group meets on the weekday of its first date.
            var weekdays = command.Weekdays.Count == 0
                ? [command.StartsOn!.Value.DayOfWeek]
                : command.Weekdays.Distinct().Select(d => d == 7 ? DayOfWeek.Sunday : (DayOfWeek)d).ToList();
            var pattern = new SchedulePattern(weekdays,
                command.StartsAt!.Value, command.EndsAt!.Value, command.Sessions ?? programmeSessions ?? 10);
            var schedule = GroupSchedule.Generate(command.StartsOn!.Value, pattern, skip);
            var first = schedule.Sessions.Count > 0 ? schedule.Sessions[0].Date : command.StartsOn.Value;
            var group = new ProgrammeGroup(await organisation.IdAsync(ct), command.ServiceId!.Value, command.Name, first, schedule.LastDate, command.Capacity!.Value, command.Location);
            group.Update(command.Name, command.Location, command.Room, command.Capacity.Value, 0);
            group.UsePattern(pattern, skip);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync(ct);
            foreach (var leader in command.LeaderIds.Distinct())
            {
                db.GroupLeaders.Add(new GroupLeader(group.Id, leader));
            }

            foreach (var session in schedule.Sessions)
            {
                db.GroupSessions.Add(new GroupSession(group.Id, session.Date, session.StartsAt, session.EndsAt, group.Room));
            }

            audit.Add(AuditActions.GroupCreate, "ProgrammeGroup", group.Id.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{group.Name}; sessions={schedule.Sessions.Count}; pattern={pattern.WeekdayCodes} {pattern.StartsAt:HH:mm}-{pattern.EndsAt:HH:mm}; leaders={command.LeaderIds.Distinct().Count()}"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (group.Id, schedule.Sessions.Count);
        }
    }
}
