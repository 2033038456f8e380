using System.Text.RegularExpressions;

namespace SocialServices.Domain.Drafts;

/// <summary>
/// Text a user typed into a long note and has not saved yet, kept on the server under a key the form names
/// (e.g. <c>crisis-12</c>) so that an expired session or a closed tab loses nothing. A draft is the user's own
/// unsaved typing, not a client record: only its author ever reads it, and it is deleted when the form is saved
/// or the user discards it.
/// </summary>
public sealed partial class TextDraft
{
    public const int KeyMaxLength = 100;
    public const int TextMaxLength = 50_000;

    private TextDraft()
    {
        UserId = string.Empty;
        Key = string.Empty;
        Text = string.Empty;
    }

    public TextDraft(string userId, string key, string text, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!IsValidKey(key))
        {
            throw new ArgumentException("Not a draft key.", nameof(key));
        }

        UserId = userId;
        Key = key;
        Text = string.Empty;
        Update(text, at);
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public string Key { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Lower-case letters, digits and <c>- _ . :</c>, starting with a letter or digit, at most <see cref="KeyMaxLength"/> characters.</summary>
    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public void Update(string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > TextMaxLength)
        {
            throw new ArgumentException("The draft is too long.", nameof(text));
        }

        Text = text;
        UpdatedAt = at;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._:-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
