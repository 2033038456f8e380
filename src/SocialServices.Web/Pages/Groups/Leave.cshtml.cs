using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>A member leaves the group, on a day and with a reason (the enrolment is ended, never deleted). Managers and the group's leaders.</summary>
public sealed class LeaveModel(LeaveModel.Handler handler, IValidator<LeaveModel.Command> validator, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public MemberView Member { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command { Version = Member.Version, LeftOn = CaseData.Today(clock) };
        await handler.AuditViewAsync(Member, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, ("EnrolledOn", (object?)Member.EnrolledOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!await handler.LeaveAsync(id, Input, ct))
        {
            Member = await handler.LoadAsync(id, User, ct) ?? Member;
            HasConflict = true;
            ModelState.Remove("Input.Version");
            Input = Input with { Version = Member.Version };
            return Page();
        }

        TempData["StatusMessage"] = t["Groups.MemberLeft", Member.ClientName].Value;
        return RedirectToPage("Details", new { id = Member.GroupId });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var member = await handler.LoadAsync(id, User, ct);
        if (member is null)
        {
            return NotFound();
        }

        if (!member.Rights.EditsSessions)
        {
            return Forbid();
        }

        Member = member;
        return null;
    }

    public sealed record MemberView(int EnrolmentId, int GroupId, string GroupName, int ClientId, string ClientName, DateOnly EnrolledOn, EnrolmentStatus Status, uint Version, GroupRights Rights);

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? LeftOn { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.LeftOn).NotNull().WithMessage(t["Groups.LeftOnRequired"])
                .Must((c, on, context) => on is null || on.Value >= context.Get<DateOnly>("EnrolledOn")).WithMessage(t["Groups.LeftBeforeJoined"]);
            RuleFor(c => c.Reason).RequiredText(t, "Groups.LeaveReasonRequired", 1000);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        /// <summary>The member, if the user may see them (in scope, or a leader or manager of the group); null otherwise.</summary>
        public async Task<MemberView?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var row = await db.GroupEnrolments.AsNoTracking().Where(e => e.Id == id && e.GroupId != null && e.Status != EnrolmentStatus.WaitingList)
                .Select(e => new
                {
                    e.Id,
                    GroupId = e.GroupId!.Value,
                    GroupName = db.ProgrammeGroups.Where(g => g.Id == e.GroupId).Select(g => g.Name).First(),
                    e.ClientId,
                    Name = db.Clients.Where(c => c.Id == e.ClientId).Select(c => c.FirstName + " " + c.LastName).First(),
                    e.EnrolledOn,
                    e.Status,
                    Version = EF.Property<uint>(e, "Version"),
                })
                .FirstOrDefaultAsync(ct);
            if (row is null)
            {
                return null;
            }

            var rights = await GroupAccess.RightsAsync(db, row.GroupId, user, ct);
            if (!rights.SeesAllMembers && !await scope.Clients(user).AnyAsync(c => c.Id == row.ClientId, ct))
            {
                return null;
            }

            return new MemberView(row.Id, row.GroupId, row.GroupName, row.ClientId, row.Name, row.EnrolledOn, row.Status, row.Version, rights);
        }

        public Task AuditViewAsync(MemberView member, CancellationToken ct) =>
            audit.WriteForClientAsync(AuditActions.GroupRead, member.ClientId, null, "group=" + member.GroupId.ToString(CultureInfo.InvariantCulture) + "; page=leave", ct: ct);

        /// <summary>False when the enrolment changed since the form was opened (or the member already left).</summary>
        public async Task<bool> LeaveAsync(int id, Command command, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var enrolment = await db.GroupEnrolments.FirstAsync(e => e.Id == id, ct);
            if (!RowVersion.Matches(db, enrolment, command.Version) || enrolment.Status != EnrolmentStatus.Enrolled)
            {
                return false;
            }

            enrolment.Leave(command.LeftOn!.Value, command.Reason);
            audit.AddForClient(AuditActions.GroupLeave, enrolment.ClientId, null,
                string.Create(CultureInfo.InvariantCulture, $"group={enrolment.GroupId}; on={command.LeftOn:yyyy-MM-dd}; reason={enrolment.LeaveReason}"));
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }
    }
}
