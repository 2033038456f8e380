using System.Globalization;

namespace SocialServices.Web.Groups;

/// <summary>Lists of dates typed by a user: "29.12.2026, 05.01.2027" or one per line (ISO dates work too).</summary>
public static class GroupDates
{
    private static readonly string[] Formats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd.MM.yyyy."];

    public static bool TryParse(string? text, out List<DateOnly> dates)
    {
        dates = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DateOnly.TryParseExact(part, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 2000)
            {
                dates = [];
                return false;
            }

            dates.Add(date);
        }

        dates = dates.Distinct().Order().ToList();
        return true;
    }

    /// <summary>The weekday's name in the current language (Latvian names lower-case, as Latvian writes them).</summary>
    public static string DayName(DayOfWeek day)
    {
        var culture = CultureInfo.CurrentUICulture;
        var name = culture.DateTimeFormat.GetDayName(day);
        return culture.TwoLetterISOLanguageName == "lv" ? name.ToLower(culture) : name;
    }

    /// <summary>The weekday's short name in the current language.</summary>
    public static string ShortDayName(DayOfWeek day)
    {
        var culture = CultureInfo.CurrentUICulture;
        var name = culture.DateTimeFormat.GetAbbreviatedDayName(day);
        return culture.TwoLetterISOLanguageName == "lv" ? name.ToLower(culture) : name;
    }

    public static string Format(IEnumerable<DateOnly> dates) =>
        string.Join(", ", dates.Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
}
