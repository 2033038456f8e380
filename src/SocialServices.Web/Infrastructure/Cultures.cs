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

    /// <summary>A long date in the current culture; Latvian writes the weekday in lower case mid-sentence ("pirmdiena, 2026. gada 23. novembris").</summary>
    public static string DayForDisplay(DateOnly day)
    {
        var text = day.ToString("D", CultureInfo.CurrentCulture);
        return CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "lv" && text.Length > 0
            ? char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..]
            : text;
    }

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
