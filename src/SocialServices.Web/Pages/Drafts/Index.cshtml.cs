using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Drafts;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Drafts;

/// <summary>
/// The draft endpoint of <c>wwwroot/js/drafts.js</c>: returns, saves and discards the signed-in user's own unsaved text
/// of a long note (one row per user and key, on the server: nothing with client data is kept in the browser's
/// storage, since workstations are shared), and renews the sign-in session when the user chooses to go on working.
/// Every answer is JSON; every post carries the anti-forgery token.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler, SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    /// <summary>The user's draft for the key, if there is a recent one (204 otherwise).</summary>
    public async Task<IActionResult> OnGetAsync(string? key, CancellationToken ct)
    {
        if (!TextDraft.IsValidKey(key))
        {
            return BadRequest();
        }

        NoStore();
        var draft = await handler.FindAsync(User.UserId()!, key!, ct);
        return draft is null ? new NoContentResult() : new JsonResult(draft);
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? key, [FromForm] string? text, CancellationToken ct)
    {
        if (!TextDraft.IsValidKey(key) || text is null || text.Length > TextDraft.TextMaxLength)
        {
            return BadRequest();
        }

        NoStore();
        var saved = await handler.SaveAsync(User.UserId()!, key!, text, ct);
        return new JsonResult(new SaveResult(saved.SavedAt, saved.Time, await SecondsLeftAsync()));
    }

    public async Task<IActionResult> OnPostDiscardAsync([FromForm] string? key, CancellationToken ct)
    {
        if (!TextDraft.IsValidKey(key))
        {
            return BadRequest();
        }

        NoStore();
        await handler.DeleteAsync(User.UserId()!, [key!], ct);
        return new JsonResult(new { discarded = true });
    }

    /// <summary>"Continue working": a fresh sign-in cookie for the whole session lifetime (refused for a deactivated user).</summary>
    public async Task<IActionResult> OnPostKeepAliveAsync()
    {
        NoStore();
        var user = await users.GetUserAsync(User);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return Unauthorized();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        var options = HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        return new JsonResult(new { secondsLeft = (long)options.ExpireTimeSpan.TotalSeconds });
    }

    private async Task<long> SecondsLeftAsync() => (long)((await SessionClock.RemainingAsync(HttpContext)) ?? TimeSpan.Zero).TotalSeconds;

    private void NoStore() => Response.Headers.CacheControl = "no-store";

    /// <summary>A draft as the page gets it: the text, when it was saved (ISO) and that time as the user reads it (hh:mm, Latvian time).</summary>
    public sealed record DraftView(string Text, DateTimeOffset SavedAt, string Time);

    public sealed record SaveResult(DateTimeOffset SavedAt, string Time, long SecondsLeft);

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<DraftSettings> settings)
    {
        public async Task<DraftView?> FindAsync(string userId, string key, CancellationToken ct)
        {
            var cutoff = clock.GetUtcNow().AddDays(-settings.Value.KeepDays);
            return await db.TextDrafts.AsNoTracking()
                .Where(d => d.UserId == userId && d.Key == key && d.UpdatedAt >= cutoff)
                .Select(d => new { d.Text, d.UpdatedAt })
                .FirstOrDefaultAsync(ct) is { } row
                ? new DraftView(row.Text, row.UpdatedAt, Time(row.UpdatedAt))
                : null;
        }

        public async Task<DraftView> SaveAsync(string userId, string key, string text, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var draft = await db.TextDrafts.FirstOrDefaultAsync(d => d.UserId == userId && d.Key == key, ct);
            if (draft is not null)
            {
                draft.Update(text, now);
            }
            else
            {
                // Old drafts go (nobody's unsaved typing is kept for ever), and so does the user's oldest beyond the limit.
                await db.TextDrafts.Where(d => d.UpdatedAt < now.AddDays(-settings.Value.KeepDays)).ExecuteDeleteAsync(ct);
                var beyond = await db.TextDrafts.Where(d => d.UserId == userId).OrderByDescending(d => d.UpdatedAt)
                    .Skip(settings.Value.MaxPerUser - 1).Select(d => d.Id).ToListAsync(ct);
                if (beyond.Count > 0)
                {
                    await db.TextDrafts.Where(d => beyond.Contains(d.Id)).ExecuteDeleteAsync(ct);
                }

                draft = new TextDraft(userId, key, text, now);
                db.TextDrafts.Add(draft);
                // The first save of a draft is audited (the text may be about a client); the saves that follow while typing are not.
                audit.Add(AuditActions.DraftSave, "draft", key);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (draft.Id == 0)
            {
                // The same draft was created by a parallel save (two tabs): update that one instead.
                db.ChangeTracker.Clear();
                var existing = await db.TextDrafts.FirstAsync(d => d.UserId == userId && d.Key == key, ct);
                existing.Update(text, now);
                await db.SaveChangesAsync(ct);
            }

            return new DraftView(text, now, Time(now));
        }

        public async Task DeleteAsync(string userId, IReadOnlyCollection<string> keys, CancellationToken ct) =>
            await db.TextDrafts.Where(d => d.UserId == userId && keys.Contains(d.Key)).ExecuteDeleteAsync(ct);

        private static string Time(DateTimeOffset at) => at.ToLatvian().ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
