using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SocialServices.Web.Pages.Drafts;

/// <summary>
/// How long the sign-in session of the current request lasts from now, so that the page can warn before it expires.
/// The sign-in cookie slides: a request renews it (the whole lifetime again from now) when more than half of its
/// lifetime has passed, or when Identity re-validated the security stamp (every
/// <see cref="SecurityStampValidatorOptions.ValidationInterval"/>). The renewal is written when the response
/// starts, after the page is rendered, so it is computed here the same way.
/// </summary>
public static class SessionClock
{
    public static async Task<TimeSpan?> RemainingAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || result.Properties is not { ExpiresUtc: { } expires } properties)
        {
            return null;
        }

        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var stamp = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? services.GetRequiredService<TimeProvider>()).GetUtcNow();
        if (options.SlidingExpiration && properties.AllowRefresh != false && properties.IssuedUtc is { } issued)
        {
            var renews = expires - now < now - issued || issued + stamp.ValidationInterval < now;
            if (renews)
            {
                expires = now + (expires - issued);
            }
        }

        return expires > now ? expires - now : TimeSpan.Zero;
    }
}
