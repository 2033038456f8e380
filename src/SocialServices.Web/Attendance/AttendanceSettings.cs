namespace SocialServices.Web.Attendance;

/// <summary>Settings of attendance ("Attendance" in configuration).</summary>
public sealed class AttendanceSettings
{
    public const string Section = "Attendance";

    /// <summary>A member who has missed this many held sessions of a group in a row is shown with a warning.</summary>
    public int MissedInARow { get; set; } = 3;

    /// <summary>Whether an excused absence counts as missed for the warning (otherwise it is skipped).</summary>
    public bool ExcusedCountsAsMissed { get; set; } = true;
}
