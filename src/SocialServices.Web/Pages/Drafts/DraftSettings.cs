namespace SocialServices.Web.Pages.Drafts;

/// <summary>Settings of the draft keeping and the session warning (section "Drafts").</summary>
public sealed class DraftSettings
{
    public const string Section = "Drafts";

    /// <summary>While the user types, the text is saved at most this many seconds after the first unsaved keystroke.</summary>
    public int SaveSeconds { get; set; } = 5;

    /// <summary>A draft not touched for this many days is no longer offered and is deleted.</summary>
    public int KeepDays { get; set; } = 14;

    /// <summary>How many drafts a user keeps at most (the oldest goes first).</summary>
    public int MaxPerUser { get; set; } = 100;

    /// <summary>The page warns this many seconds before the sign-in session expires.</summary>
    public int SessionWarningSeconds { get; set; } = 120;
}
