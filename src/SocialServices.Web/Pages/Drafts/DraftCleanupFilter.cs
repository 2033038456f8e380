using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SocialServices.Domain.Drafts;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Drafts;

/// <summary>
/// Deletes the user's drafts of a form once the form is saved: drafts.js adds the keys of the form's draft-kept
/// text areas as <see cref="FieldName"/> fields when the form is submitted, and a post that ends in a redirect
/// (post/redirect/get: the page saved) removes them. A post that shows the form again (a validation message, a
/// conflict) keeps them. Any form with <c>data-draft-key</c> text areas gets this without code of its own.
/// </summary>
public sealed class DraftCleanupFilter(IndexModel.Handler drafts) : IAsyncPageFilter
{
    public const string FieldName = "__draftKey";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        var request = context.HttpContext.Request;
        if (executed.Exception is not null || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || executed.Result is not (RedirectToPageResult or RedirectResult or LocalRedirectResult or RedirectToRouteResult))
        {
            return;
        }

        var userId = context.HttpContext.User.UserId();
        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        var keys = form[FieldName].OfType<string>().Where(TextDraft.IsValidKey).Distinct().Take(20).ToList();
        if (userId is not null && keys.Count > 0)
        {
            await drafts.DeleteAsync(userId, keys, context.HttpContext.RequestAborted);
        }
    }
}
