using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.WriteAsync(AuditActions.SignOut, "user", User.UserId(), ct: ct);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
