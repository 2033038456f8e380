using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Compensation.Procurement;

/// <summary>
/// Services the municipality procures: the actual cost per unit of a service episode for a period. Compensation for
/// those units is the actual cost capped at the unit cost. The service manager records and ends prices (never deletes);
/// auditors read. Changes are audited for the client.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler, IValidator<IndexModel.Command> validator, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(int Id, string Text)> Episodes { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.ServiceManager);

    public sealed record Row(int Id, int ClientId, string Client, string Service, ServiceUnit? Unit, decimal Amount, DateOnly From, DateOnly? To, string? Reference, uint Version);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new Command { ValidFrom = CaseData.Today(clock) };
        await audit.WriteAsync(AuditActions.ProcuredPriceRead, "ProcuredPrice", null, "rows=" + Rows.Count.ToString(CultureInfo.InvariantCulture), ct: ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (ModelState.IsValid)
        {
            var (outcome, overlap) = await handler.AddAsync(User, Input, clock.GetUtcNow(), ct);
            switch (outcome)
            {
                case AddOutcome.Added:
                    TempData["StatusMessage"] = t["Procurement.Added"].Value;
                    return RedirectToPage();
                case AddOutcome.NotFound:
                    return NotFound();
                default:
                    ModelState.AddModelError("Input.ValidFrom", t["Procurement.Overlaps", overlap ?? string.Empty]);
                    break;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(int id, DateOnly? lastDay, uint version, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var outcome = await handler.EndAsync(User, id, lastDay, version, clock.GetUtcNow(), ct);
        if (outcome == UnitCosts.IndexModel.EndOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == UnitCosts.IndexModel.EndOutcome.Ended)
        {
            TempData["StatusMessage"] = t["Procurement.Ended"].Value;
            return RedirectToPage();
        }

        ModelState.AddModelError("LastDay-" + id.ToString(CultureInfo.InvariantCulture), outcome == UnitCosts.IndexModel.EndOutcome.Conflict ? t["UnitCosts.Conflict"] : t["UnitCosts.EndInvalid"]);
        await LoadAsync(ct);
        Input = new Command { ValidFrom = CaseData.Today(clock) };
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => (Rows, Episodes) = await handler.ListAsync(User, ct);

    public sealed record Command
    {
        public int? EpisodeId { get; init; }
        public decimal? Amount { get; init; }
        public DateOnly? ValidFrom { get; init; }
        public DateOnly? ValidTo { get; init; }
        public string? Reference { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EpisodeId).NotNull().WithMessage(t["Procurement.EpisodeRequired"]);
            RuleFor(c => c.Amount).Cascade(CascadeMode.Stop).NotNull().WithMessage(t["UnitCosts.AmountRequired"])
                .Must(a => a is > 0 and <= 100000 && decimal.Round(a.Value, 2) == a).WithMessage(t["UnitCosts.AmountInvalid"]);
            RuleFor(c => c.ValidFrom).NotNull().WithMessage(t["UnitCosts.FromRequired"]).Must(d => d is null || d >= CaseData.EarliestDate).WithMessage(t["UnitCosts.FromRequired"]);
            RuleFor(c => c.ValidTo).Must((c, to) => to is null || c.ValidFrom is null || to >= c.ValidFrom).WithMessage(t["UnitCosts.EndsBeforeStart"]);
            RuleFor(c => c.Reference).OptionalText(t, ProcuredPrice.MaxReferenceLength);
        }
    }

    public enum AddOutcome
    {
        Added,
        Overlaps,
        NotFound,
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<(IReadOnlyList<Row>, IReadOnlyList<(int, string)>)> ListAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
        {
            var clients = scope.Clients(user);
            var rows = await (from p in db.ProcuredPrices.AsNoTracking()
                              join e in db.ServiceEpisodes on p.EpisodeId equals e.Id
                              join c in clients on p.ClientId equals c.Id
                              join s in db.Services on e.ServiceId equals s.Id
                              orderby c.LastName, c.FirstName, p.ValidFrom descending
                              select new Row(p.Id, c.Id, c.FirstName + " " + c.LastName, s.Code + " " + s.Name, e.Unit, p.AmountPerUnit, p.ValidFrom, p.ValidTo, p.Reference, EF.Property<uint>(p, "Version"))).ToListAsync(ct);
            var episodes = (await (from e in db.ServiceEpisodes.AsNoTracking()
                                   where e.Unit != null && e.EndedOn == null
                                   join c in clients on e.ClientId equals c.Id
                                   join s in db.Services on e.ServiceId equals s.Id
                                   orderby c.LastName, c.FirstName, s.Code
                                   select new { e.Id, Text = c.FirstName + " " + c.LastName + " — " + s.Code + " " + s.Name + ", " + e.Provider }).ToListAsync(ct))
                .Select(e => (e.Id, e.Text)).ToList();
            return (rows, episodes);
        }

        public async Task<(AddOutcome, string?)> AddAsync(System.Security.Claims.ClaimsPrincipal user, Command command, DateTimeOffset at, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var clients = scope.OwnClients(user).Select(c => c.Id);
            var episode = await db.ServiceEpisodes.AsNoTracking().Where(e => e.Id == command.EpisodeId && clients.Contains(e.ClientId)).Select(e => new { e.Id, e.ClientId }).FirstOrDefaultAsync(ct);
            if (episode is null)
            {
                return (AddOutcome.NotFound, null);
            }

            var from = command.ValidFrom!.Value;
            var overlap = (await db.ProcuredPrices.Where(p => p.EpisodeId == episode.Id).ToListAsync(ct)).FirstOrDefault(p => p.Overlaps(from, command.ValidTo));
            if (overlap is not null)
            {
                return (AddOutcome.Overlaps, Period(overlap.ValidFrom, overlap.ValidTo));
            }

            var by = CaseData.ActorOf(user);
            db.ProcuredPrices.Add(new ProcuredPrice(episode.Id, episode.ClientId, command.Amount!.Value, from, command.ValidTo, command.Reference, by.UserId, at));
            audit.AddForClient(AuditActions.ProcuredPriceChange, episode.ClientId, null, string.Create(CultureInfo.InvariantCulture, $"episode={episode.Id}; {command.Amount:0.00} EUR from {from:yyyy-MM-dd}"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return (AddOutcome.Overlaps, Period(from, command.ValidTo));
            }

            return (AddOutcome.Added, null);
        }

        public async Task<UnitCosts.IndexModel.EndOutcome> EndAsync(System.Security.Claims.ClaimsPrincipal user, int id, DateOnly? lastDay, uint version, DateTimeOffset at, CancellationToken ct)
        {
            var clients = scope.OwnClients(user).Select(c => c.Id);
            var price = await db.ProcuredPrices.FirstOrDefaultAsync(p => p.Id == id && clients.Contains(p.ClientId), ct);
            if (price is null)
            {
                return UnitCosts.IndexModel.EndOutcome.NotFound;
            }

            if (!RowVersion.Matches(db, price, version))
            {
                return UnitCosts.IndexModel.EndOutcome.Conflict;
            }

            if (lastDay is not { } day || day < price.ValidFrom || (price.ValidTo is { } to && day > to))
            {
                return UnitCosts.IndexModel.EndOutcome.Invalid;
            }

            price.End(day, CaseData.ActorOf(user).UserId, at);
            audit.AddForClient(AuditActions.ProcuredPriceChange, price.ClientId, null, string.Create(CultureInfo.InvariantCulture, $"price={id}; ended {day:yyyy-MM-dd}"));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return UnitCosts.IndexModel.EndOutcome.Conflict;
            }

            return UnitCosts.IndexModel.EndOutcome.Ended;
        }

        private static string Period(DateOnly from, DateOnly? to) =>
            from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " – " + (to?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "…");
    }
}
