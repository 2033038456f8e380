using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// The daily list of a community service (e.g. a day care centre): every client with an episode of the service running on the
/// day, in one form, with the units delivered that day (for monthly units, in that month). Saved in one post and one
/// transaction: the episodes are locked, each stored entry's version is compared with the one the form carried, a changed
/// quantity withdraws the stored entry (with the correction reason) and adds a new one; nothing is deleted. Units taken from
/// attendance, appointments or support meetings are shown beside the row and are not touched here.
/// </summary>
public sealed class UnitsModel(UnitsModel.Handler handler, IValidator<UnitsModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ServiceId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? On { get; set; }
    [BindProperty] public Command Input { get; set; } = new();

    public DailyList List { get; private set; } = null!;
    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        List = await handler.LoadAsync(ServiceId, On, User, writeAudit: true, ct);
        Input = Command.From(List);
        return Page();
    }

    /// <summary>"One unit for everyone": fills the empty rows with one unit and shows the form again (nothing is saved).</summary>
    public async Task<IActionResult> OnPostEveryoneAsync(CancellationToken ct)
    {
        List = await handler.LoadAsync(ServiceId, On, User, writeAudit: false, ct);
        ModelState.Clear();
        foreach (var row in Input.Rows.Where(r => string.IsNullOrWhiteSpace(r.Quantity)))
        {
            row.Quantity = "1";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        List = await handler.LoadAsync(ServiceId, On, User, writeAudit: false, ct);
        if (!List.CanEdit)
        {
            return Forbid();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var result = await handler.SaveAsync(List, Input, User, ct);
        switch (result)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Community.UnitsSaved"].Value;
                return Redirect($"/Community/Units?serviceId={List.ServiceId?.ToString(CultureInfo.InvariantCulture)}&on={RefusalTexts.Iso(List.Day)}");
            case SaveOutcome.ReasonRequired:
                ModelState.AddModelError("Input.Reason", t["Community.CorrectionReasonRequired"]);
                return Page();
            default:
                HasConflict = true;
                var rows = Input.Rows.GroupBy(r => r.EpisodeId).ToDictionary(g => g.Key, g => g.First());
                var reason = Input.Reason;
                List = await handler.LoadAsync(ServiceId, On, User, writeAudit: false, ct);
                Input = Command.From(List);
                Input.Reason = reason;
                foreach (var row in Input.Rows)
                {
                    if (rows.TryGetValue(row.EpisodeId, out var posted))
                    {
                        row.Quantity = posted.Quantity;
                        row.Note = posted.Note;
                    }
                }

                return Page();
        }
    }

    public enum SaveOutcome
    {
        Saved,
        Conflict,
        ReasonRequired,
    }

    public sealed record ServiceOption(int Id, string Code, string Name);

    public sealed record OtherUnits(UnitSource Source, decimal Quantity);

    public sealed record ListRow(int EpisodeId, int ClientId, string Name, ServiceUnit Unit, int? EntryId, uint EntryVersion, decimal? Quantity, string? Note, IReadOnlyList<OtherUnits> Other);

    public sealed record DailyList(int? ServiceId, string? ServiceName, DateOnly Day, IReadOnlyList<ServiceOption> Services, IReadOnlyList<ListRow> Rows, bool CanEdit, int Hidden);

    public sealed class Command
    {
        public string? Reason { get; set; }
        public List<Row> Rows { get; set; } = [];

        public static Command From(DailyList list)
        {
            ArgumentNullException.ThrowIfNull(list);
            return new Command
            {
                Rows = [.. list.Rows.Select(r => new Row { EpisodeId = r.EpisodeId, EntryId = r.EntryId, EntryVersion = r.EntryVersion, Quantity = r.Quantity?.ToString("0.##", CultureInfo.InvariantCulture), Note = r.Note })],
            };
        }
    }

    public sealed class Row
    {
        public int EpisodeId { get; set; }

        /// <summary>The stored (manual) entry the form showed, with its version: a save over a changed entry is a conflict.</summary>
        public int? EntryId { get; set; }

        public uint EntryVersion { get; set; }

        /// <summary>As typed: a number input posts "0.5" whatever the page's language, so it is read invariantly (a comma works too).</summary>
        public string? Quantity { get; set; }

        public decimal? Parsed => string.IsNullOrWhiteSpace(Quantity) ? null
            : decimal.TryParse(Quantity.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var q) ? q : -1;
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public const decimal MaxQuantity = 24;

        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Reason).OptionalText(t, 1000);
            RuleForEach(c => c.Rows).ChildRules(row =>
            {
                row.RuleFor(r => r.Quantity)
                    .Must((r, _) => r.Parsed is not { } q || (q >= 0 && q <= MaxQuantity && decimal.Round(q, 2) == q)).WithMessage(t["Community.QuantityRange", MaxQuantity]);
                row.RuleFor(r => r.Note).OptionalText(t, DeliveredUnit.MaxNoteLength);
            });
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<DailyList> LoadAsync(int? serviceId, DateOnly? on, ClaimsPrincipal user, bool writeAudit, CancellationToken ct)
        {
            var day = on ?? LatvianTime.Today(clock);
            var month = new DateOnly(day.Year, day.Month, 1);
            var services = await db.Services.AsNoTracking().Where(s => s.IsActive && CommunityEpisodes.CommunityTypes.Contains(s.Type))
                .OrderBy(s => s.Type != ServiceType.DayCareCentre).ThenBy(s => s.Code).Select(s => new ServiceOption(s.Id, s.Code, s.Name)).ToListAsync(ct);
            var service = services.FirstOrDefault(s => s.Id == serviceId) ?? services.FirstOrDefault();
            if (service is null)
            {
                return new DailyList(null, null, day, services, [], false, 0);
            }

            var visible = scope.Clients(user).Select(c => c.Id);
            var own = scope.OwnClients(user).Select(c => c.Id);
            var running = await db.ServiceEpisodes.AsNoTracking()
                .Where(e => e.ServiceId == service.Id && e.Unit != null && e.StartOn <= day && (e.EndedOn == null || e.EndedOn >= day))
                .Join(db.Clients, e => e.ClientId, c => c.Id, (e, c) => new
                {
                    e.Id,
                    e.ClientId,
                    Name = c.LastName + " " + c.FirstName,
                    Unit = e.Unit!.Value,
                    Visible = visible.Contains(c.Id),
                    Own = own.Contains(c.Id),
                })
                .ToListAsync(ct);
            var shown = running.Where(r => r.Visible).ToList();
            var ids = shown.Select(r => r.Id).ToList();
            var units = await db.DeliveredUnits.AsNoTracking().Where(u => ids.Contains(u.EpisodeId) && u.WithdrawnAt == null && (u.On == day || u.On == month))
                .Select(u => new { u.Id, u.EpisodeId, u.On, u.Unit, u.Quantity, u.Note, u.Source, Version = EF.Property<uint>(u, "Version") })
                .ToListAsync(ct);
            var collation = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Latvian), false);
            var rows = shown.Select(r =>
            {
                var key = r.Unit == ServiceUnit.Month ? month : day;
                var mine = units.Where(u => u.EpisodeId == r.Id && u.On == key).ToList();
                var manual = mine.Where(u => u.Source == UnitSource.Manual).OrderByDescending(u => u.Id).FirstOrDefault();
                var other = mine.Where(u => u.Source != UnitSource.Manual).GroupBy(u => u.Source).Select(g => new OtherUnits(g.Key, g.Sum(u => u.Quantity))).ToList();
                return new ListRow(r.Id, r.ClientId, r.Name, r.Unit, manual?.Id, manual?.Version ?? 0, manual?.Quantity, manual?.Note, other);
            }).OrderBy(r => r.Name, collation).ThenBy(r => r.EpisodeId).ToList();

            if (writeAudit)
            {
                foreach (var clientId in rows.Select(r => r.ClientId).Distinct())
                {
                    audit.AddForClient(AuditActions.UnitsRead, clientId, null, $"service={service.Code}; day={RefusalTexts.Iso(day)}");
                }

                await db.SaveChangesAsync(ct);
            }

            var canEdit = AccessScope.EditsClients(user) && shown.All(r => r.Own);
            return new DailyList(service.Id, service.Name, day, services, rows, canEdit, running.Count - shown.Count);
        }

        public async Task<SaveOutcome> SaveAsync(DailyList list, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(list);
            ArgumentNullException.ThrowIfNull(command);
            var byId = user.UserId() ?? throw new InvalidOperationException("A signed-in user is required.");
            var now = clock.GetUtcNow();
            var month = new DateOnly(list.Day.Year, list.Day.Month, 1);
            var posted = command.Rows.GroupBy(r => r.EpisodeId).ToDictionary(g => g.Key, g => g.First());
            if (!list.Rows.Select(r => r.EpisodeId).ToHashSet().SetEquals(posted.Keys))
            {
                return SaveOutcome.Conflict; // someone started or ended an episode after the form was opened
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = posted.Keys.ToArray();
            await db.Database.ExecuteSqlAsync($"SELECT id FROM service_episodes WHERE id = ANY({ids}) ORDER BY id FOR UPDATE", ct);
            var stored = await db.DeliveredUnits.Where(u => ids.Contains(u.EpisodeId) && u.WithdrawnAt == null && u.Source == UnitSource.Manual && (u.On == list.Day || u.On == month))
                .ToListAsync(ct);
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            foreach (var row in list.Rows)
            {
                var input = posted[row.EpisodeId];
                var key = row.Unit == ServiceUnit.Month ? month : list.Day;
                var live = stored.Where(u => u.EpisodeId == row.EpisodeId && u.On == key).ToList();
                var current = live.OrderByDescending(u => u.Id).FirstOrDefault();
                if (current?.Id != input.EntryId || (current is not null && !RowVersion.Matches(db, current, input.EntryVersion)))
                {
                    return SaveOutcome.Conflict;
                }

                var quantity = input.Parsed is > 0 ? input.Parsed : null;
                var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
                if (current?.Quantity == quantity && current?.Note == note)
                {
                    continue;
                }

                if (current is not null)
                {
                    if (reason is null)
                    {
                        return SaveOutcome.ReasonRequired;
                    }

                    foreach (var entry in live)
                    {
                        entry.Withdraw(byId, now, reason);
                    }

                    audit.AddForClient(AuditActions.UnitsWithdraw, row.ClientId, null,
                        $"episode={row.EpisodeId.ToString(CultureInfo.InvariantCulture)}; on={RefusalTexts.Iso(key)}; quantity={current.Quantity.ToString(CultureInfo.InvariantCulture)}", reason);
                }

                if (quantity is { } q)
                {
                    var serviceId = list.ServiceId!.Value;
                    var unit = new DeliveredUnit(row.EpisodeId, row.ClientId, serviceId, key, row.Unit, q, UnitSource.Manual, null, byId, now);
                    unit.Describe(note);
                    db.DeliveredUnits.Add(unit);
                    audit.AddForClient(AuditActions.UnitsRecord, row.ClientId, null,
                        $"episode={row.EpisodeId.ToString(CultureInfo.InvariantCulture)}; on={RefusalTexts.Iso(key)}; quantity={q.ToString(CultureInfo.InvariantCulture)}; unit={row.Unit}");
                }

            }

            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return SaveOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return SaveOutcome.Conflict;
            }
        }
    }
}
