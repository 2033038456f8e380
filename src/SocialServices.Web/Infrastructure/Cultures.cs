using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SocialServices.Web.Infrastructure;

/// <summary>The interface languages: Latvian by default, English second.</summary>
public static class Cultures
{
    public const string Latvian = "lv-LV";
    public const string English = "en-GB";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [Create(Latvian), Create(English)];

    public static CultureInfo LatvianCulture { get; } = Create(Latvian);

    /// <summary>Latvian alphabetical order (ā after a, č after c, ... ž last), for lists sorted in memory.</summary>
    public static StringComparer LatvianComparer { get; } = StringComparer.Create(LatvianCulture, CompareOptions.None);

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Latvian),
            SupportedCultures = [.. Supported],
            SupportedUICultures = [.. Supported],
        };
        // Only the user's explicit choice (cookie) or ?culture= switches language; the browser's
        // Accept-Language does not, so a Latvian office gets Latvian even on an English browser.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return options;
    }

    private static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        if (name == Latvian)
        {
            culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
            culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        }
        else
        {
            culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        }

        return culture;
    }
}
