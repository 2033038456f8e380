using System.Globalization;
using System.Text;
using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>
/// Greedy word wrapping. Line breaks in the text are kept; runs of spaces collapse; a word wider than the line
/// is broken between characters (after - / @ . _ where that keeps at least half a line).
/// </summary>
internal static class TextWrapper
{
    private const float Tolerance = 0.01f;
    private const string PreferredBreaks = "-/@._";

    public static IReadOnlyList<string> Wrap(string? text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            lines.Add(string.Empty);
            return lines;
        }

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var hardLine in normalised.Split('\n'))
        {
            WrapLine(hardLine, font, maxWidth, lines);
        }

        return lines;
    }

    /// <summary>The text, cut and ended with an ellipsis if it is wider than <paramref name="maxWidth"/>.</summary>
    public static string Ellipsize(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth + Tolerance)
        {
            return text;
        }

        const string ellipsis = "…";
        var available = maxWidth - font.MeasureText(ellipsis);
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        var cut = 0;
        foreach (var start in boundaries.Skip(1))
        {
            if (font.MeasureText(text.AsSpan(0, start)) > available)
            {
                break;
            }

            cut = start;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), ellipsis);
    }

    private static void WrapLine(string line, SKFont font, float maxWidth, List<string> lines)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        var firstLine = lines.Count;
        var spaceWidth = font.MeasureText(" ");
        var current = new StringBuilder();
        var currentWidth = 0f;
        foreach (var word in words)
        {
            var wordWidth = font.MeasureText(word);
            if (current.Length > 0 && currentWidth + spaceWidth + wordWidth <= maxWidth + Tolerance)
            {
                current.Append(' ').Append(word);
                currentWidth += spaceWidth + wordWidth;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            var rest = word;
            var restWidth = wordWidth;
            while (restWidth > maxWidth + Tolerance)
            {
                var cut = FindBreak(rest, font, maxWidth);
                lines.Add(rest[..cut]);
                rest = rest[cut..];
                restWidth = font.MeasureText(rest);
            }

            current.Append(rest);
            currentWidth = restWidth;
        }

        if (current.Length > 0 || lines.Count == firstLine)
        {
            lines.Add(current.ToString());
        }
    }

    /// <summary>Where to cut a word that does not fit: always at a character boundary, never at 0.</summary>
    private static int FindBreak(string word, SKFont font, float maxWidth)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(word);
        var fit = boundaries.Length > 1 ? boundaries[1] : word.Length;
        foreach (var start in boundaries.Skip(2))
        {
            if (font.MeasureText(word.AsSpan(0, start)) > maxWidth + Tolerance)
            {
                return PreferNaturalBreak(word, fit, boundaries);
            }

            fit = start;
        }

        // Every boundary fitted, so only the last text element overflows.
        return PreferNaturalBreak(word, fit, boundaries);
    }

    /// <summary>Moves the cut back to just after an '@' (e-mail addresses), else after - / . _, if it keeps half a line.</summary>
    private static int PreferNaturalBreak(string word, int fit, int[] boundaries)
    {
        var at = word.LastIndexOf('@', fit - 1);
        if (at >= fit / 2)
        {
            return at + 1;
        }

        for (var i = fit - 1; i >= fit / 2 && i > 0; i--)
        {
            if (PreferredBreaks.Contains(word[i], StringComparison.Ordinal) && Array.BinarySearch(boundaries, i + 1) >= 0)
            {
                return i + 1;
            }
        }

        return fit;
    }
}
