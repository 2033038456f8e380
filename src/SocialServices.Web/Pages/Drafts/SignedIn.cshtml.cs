using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialServices.Web.Pages.Drafts;

/// <summary>Where signing in again from the "session ended" message (in a new tab) lands: back to the other tab, the work is there.</summary>
public sealed class SignedInModel : PageModel
{
    public void OnGet()
    {
    }
}
