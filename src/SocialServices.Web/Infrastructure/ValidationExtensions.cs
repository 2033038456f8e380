using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SocialServices.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>Copies FluentValidation errors into ModelState under the form's prefix (e.g. <c>Input.UserName</c>).</summary>
    public static void AddToModelState(this ValidationResult result, ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? prefix : prefix + "." + error.PropertyName;
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
