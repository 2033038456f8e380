using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialServices.Web.Pages;

/// <summary>The 500 page: apologises, and gives a reference id that is also in the log.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string ReferenceId { get; private set; } = string.Empty;

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        ReferenceId = HttpContext.TraceIdentifier;
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature?.Error is { } error)
        {
            logger.LogError(error, "Unhandled error on {Path}; reference id {ReferenceId}", feature.Path, ReferenceId);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
