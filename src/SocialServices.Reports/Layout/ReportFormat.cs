using System.Globalization;

namespace SocialServices.Reports.Layout;

/// <summary>Latvian formatting that does not depend on the current culture or the server's time zone.</summary>
internal static class ReportFormat
{
    private static readonly TimeZoneInfo? Riga = FindRiga();

    /// <summary>lv-LV, always.</summary>
    public static CultureInfo Latvian { get; } = CultureInfo.GetCultureInfo("lv-LV");

    /// <summary>dd.MM.yyyy HH:mm in Latvian time (Europe/Riga).</summary>
    public static string Timestamp(DateTimeOffset value) =>
        ToLatvianTime(value).ToString("dd.MM.yyyy HH:mm", Latvian);

    /// <summary>
    /// The same instant in Europe/Riga; a machine without time zone data keeps the offset the value carries.
    /// </summary>
    public static DateTimeOffset ToLatvianTime(DateTimeOffset value)
    {
        if (Riga is null || value.UtcDateTime > DateTime.MaxValue.AddDays(-2) || value.UtcDateTime < DateTime.MinValue.AddDays(2))
        {
            return value;
        }

        return TimeZoneInfo.ConvertTime(value, Riga);
    }

    private static TimeZoneInfo? FindRiga()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
