using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Assessments;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Admin.Assessments;

/// <summary>
/// An administrator's page for one instrument list (functional domains, risk items): add, rename, deactivate or
/// reactivate, move up or down. Entries are never deleted; assessments already started keep the names they had.
/// Every change is audited.
/// </summary>
public abstract class InstrumentListModel<TEntry>(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
    where TEntry : InstrumentEntry
{
    public sealed record EntryView(int Id, string Name, int SortOrder, bool IsActive, uint Version);

    public IReadOnlyList<EntryView> Entries { get; private set; } = [];

    /// <summary>The name typed into the "add" field (kept when it is refused).</summary>
    [BindProperty] public string? NewName { get; set; }

    /// <summary>The entry whose rename was refused, and the name typed (kept in its field).</summary>
    public int? FailedId { get; private set; }

    public string? FailedName { get; private set; }

    public string? Error { get; private set; }

    public abstract int NameMaxLength { get; }

    /// <summary>The audit action code of a change of this list.</summary>
    protected abstract string AuditAction { get; }

    protected abstract string EntityType { get; }

    /// <summary>The context, for the concrete page's table.</summary>
    protected AppDbContext Db => db;

    protected abstract DbSet<TEntry> Table { get; }

    protected abstract TEntry Create(string name, int sortOrder);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await AssessmentInstruments.EnsureSeededAsync(db, ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var name = NewName?.Trim() ?? string.Empty;
        if (await RefusedAsync(name, null, ct) is { } error)
        {
            Error = error;
            await LoadAsync(ct);
            return Page();
        }

        var last = await Table.MaxAsync(e => (int?)e.SortOrder, ct) ?? 0;
        var entry = Create(name, last + 10);
        Table.Add(entry);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditAction, EntityType, Id(entry.Id), "add: " + entry.Name, ct: ct);
        return Done("Assessments.Instruments.Added", entry.Name);
    }

    public async Task<IActionResult> OnPostRenameAsync(int entryId, string? name, uint version, CancellationToken ct)
    {
        var entry = await Table.FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return NotFound();
        }

        var newName = name?.Trim() ?? string.Empty;
        var error = db.Entry(entry).Property<uint>("Version").CurrentValue != version
            ? t["Assessments.Instruments.ChangedMeanwhile"].Value
            : await RefusedAsync(newName, entryId, ct);
        if (error is not null)
        {
            Error = error;
            FailedId = entryId;
            FailedName = name;
            await LoadAsync(ct);
            return Page();
        }

        var old = entry.Name;
        entry.Rename(newName);
        audit.Add(AuditAction, EntityType, Id(entry.Id), "rename: " + old + " → " + entry.Name);
        return await SaveAsync("Assessments.Instruments.Renamed", entry.Name, ct);
    }

    public async Task<IActionResult> OnPostToggleAsync(int entryId, CancellationToken ct)
    {
        var entry = await Table.FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return NotFound();
        }

        if (entry.IsActive)
        {
            entry.Deactivate();
        }
        else
        {
            entry.Reactivate();
        }

        audit.Add(AuditAction, EntityType, Id(entry.Id), (entry.IsActive ? "reactivate: " : "deactivate: ") + entry.Name);
        return await SaveAsync(entry.IsActive ? "Assessments.Instruments.Reactivated" : "Assessments.Instruments.Deactivated", entry.Name, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int entryId, string? direction, CancellationToken ct)
    {
        var entries = await Table.OrderBy(e => e.SortOrder).ThenBy(e => e.Id).ToListAsync(ct);
        var index = entries.FindIndex(e => e.Id == entryId);
        if (index < 0)
        {
            return NotFound();
        }

        var other = direction == "up" ? index - 1 : index + 1;
        if (other >= 0 && other < entries.Count)
        {
            // Renumber in steps of ten with the two swapped, so equal sort orders never stay ambiguous.
            (entries[index], entries[other]) = (entries[other], entries[index]);
            for (var i = 0; i < entries.Count; i++)
            {
                entries[i].MoveTo((i + 1) * 10);
            }

            audit.Add(AuditAction, EntityType, Id(entryId), "move " + (direction == "up" ? "up" : "down") + ": " + entries[other].Name);
        }

        return await SaveAsync("Assessments.Instruments.Moved", entries[Math.Clamp(other, 0, entries.Count - 1)].Name, ct);
    }

    private async Task<IActionResult> SaveAsync(string messageKey, string name, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Error = t["Assessments.Instruments.ChangedMeanwhile"].Value;
            await LoadAsync(ct);
            return Page();
        }

        return Done(messageKey, name);
    }

    private RedirectToPageResult Done(string messageKey, string name)
    {
        TempData["StatusMessage"] = t[messageKey, name].Value;
        return RedirectToPage();
    }

    /// <summary>Why a name cannot be used (required, length, control characters, already in the list), or null.</summary>
    private async Task<string?> RefusedAsync(string name, int? exceptId, CancellationToken ct)
    {
        if (name.Length == 0)
        {
            return t["Assessments.Instruments.NameRequired"].Value;
        }

        if (name.Length > NameMaxLength)
        {
            return t["Validation.MaxLength", NameMaxLength].Value;
        }

        if (!CaseRules.NoControlCharacters(name) || name.Contains('\n', StringComparison.Ordinal))
        {
            return t["Cases.ControlCharacters"].Value;
        }

        // The lists are short: compare in memory, ignoring case (Ā and ā are the same name).
        var names = await Table.AsNoTracking().Where(e => e.Id != exceptId).Select(e => e.Name).ToListAsync(ct);
        return names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) ? t["Assessments.Instruments.NameTaken", name].Value : null;
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Entries = await Table.AsNoTracking().OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
            .Select(e => new EntryView(e.Id, e.Name, e.SortOrder, e.IsActive, EF.Property<uint>(e, "Version")))
            .ToListAsync(ct);

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
