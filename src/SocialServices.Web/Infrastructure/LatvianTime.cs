namespace SocialServices.Web.Infrastructure;

/// <summary>
/// Latvian local time (Europe/Riga) whatever the server's time zone: a date the user picks means a day in
/// Latvia, and times are shown as a Latvian office reads them.
/// </summary>
public static class LatvianTime
{
    /// <summary>Europe/Riga; on a machine without time zone data, EET without daylight saving.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The same instant in Latvian time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The same instant in Latvian time (for display: <c>at.ToLatvian().ToString("g")</c>).</summary>
    public static DateTimeOffset ToLatvian(this DateTimeOffset at) => ToLocal(at);

    /// <summary>The instant (UTC) a Latvian day starts.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Today's date in Latvia.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()).DateTime);
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("EET", TimeSpan.FromHours(2), "EET", "EET");
        }
    }
}
