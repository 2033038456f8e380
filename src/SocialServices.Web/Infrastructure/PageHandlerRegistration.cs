using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialServices.Web.Infrastructure;

internal static class PageHandlerRegistration
{
    /// <summary>Registers every page's nested <c>Handler</c> class (the page is the unit of work).</summary>
    public static IServiceCollection AddPageHandlers(this IServiceCollection services)
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: true, Name: "Handler" }
                        && t.DeclaringType is not null
                        && typeof(PageModel).IsAssignableFrom(t.DeclaringType));
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }

        return services;
    }
}
