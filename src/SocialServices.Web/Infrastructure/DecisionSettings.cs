namespace SocialServices.Web.Infrastructure;

/// <summary>
/// Settings for deciding applications (section "Decisions"), each with the default domain.md names. A provider changes
/// them in configuration when its contract or municipality says otherwise.
/// </summary>
public sealed class DecisionSettings
{
    public const string Section = "Decisions";

    /// <summary>The legal basis a new decision starts with (the manager may edit it per decision).</summary>
    public string DefaultLegalBasis { get; set; } =
        "Sociālo pakalpojumu un sociālās palīdzības likuma 3. panta otrā daļa un 9. pants; Ministru kabineta 2019. gada 2. aprīļa noteikumi Nr. 138 "
        + "„Noteikumi par sociālo pakalpojumu un sociālās palīdzības saņemšanu”; līgums par pakalpojuma sniegšanu (10.2. punkts).";

    /// <summary>The deadline board warns this many working days before a deadline.</summary>
    public int DueSoonWorkingDays { get; set; } = Domain.Applications.DecisionDeadline.DueSoonWorkingDays;

    /// <summary>The position under the decision maker's name in letters.</summary>
    public string DeciderPosition { get; set; } = "Pakalpojumu vadītāja";
}
