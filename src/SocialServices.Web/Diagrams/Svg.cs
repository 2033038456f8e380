using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using SocialServices.Domain.Connections;

namespace SocialServices.Web.Diagrams;

/// <summary>
/// Small helpers for building server-rendered SVG with <see cref="XElement"/> (which escapes every text). The drawings use
/// presentation attributes only: the content security policy allows no inline style, and a drawing must print as it shows.
/// </summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

    public const string Ink = "#1f2937";
    public const string Muted = "#4b5563";
    public const string Household = "#2f7d4f";
    public const string HouseholdFill = "#edf7f0";
    public const string Stress = "#b42318";
    public const string Tie = "#1e3a5f";

    public static string Fmt(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute A(string name, double value) => new(name, Fmt(value));

    public static XAttribute A(string name, string value) => new(name, value);

    public static string Points(IEnumerable<DiagramPoint> points) => string.Join(' ', points.Select(p => Fmt(p.X) + "," + Fmt(p.Y)));

    /// <summary>Text centred on <paramref name="x"/>, with a white halo so a line behind it does not hide it.</summary>
    public static XElement Text(double x, double y, string text, double size, string fill = Ink, string? weight = null, string anchor = "middle", string? cssClass = null) =>
        El("text",
            A("x", x), A("y", y), A("font-size", size), A("fill", fill), A("text-anchor", anchor),
            weight is null ? null : A("font-weight", weight),
            cssClass is null ? null : A("class", cssClass),
            text);

    /// <summary>The root element: role="img" with its title and description, scalable by its viewBox, white behind.</summary>
    public static XElement Root(string id, string cssClass, double width, double height, string title, string description, double? displayWidth = null)
    {
        var shown = Math.Min(displayWidth ?? width, width);
        return El("svg",
            A("id", id),
            A("class", cssClass + " img-fluid"),
            A("role", "img"),
            A("aria-labelledby", id + "-title " + id + "-desc"),
            A("viewBox", "0 0 " + Fmt(width) + " " + Fmt(height)),
            A("width", shown),
            A("height", shown * height / width),
            A("font-family", FontFamily),
            El("title", A("id", id + "-title"), title),
            El("desc", A("id", id + "-desc"), description),
            El("rect", A("x", 0), A("y", 0), A("width", width), A("height", height), A("fill", "#ffffff")));
    }

    public static IHtmlContent Html(XElement svg) => new HtmlString(svg.ToString(SaveOptions.DisableFormatting));

    /// <summary>
    /// Lays legend entries (each a sample drawing and a text) out in rows across <paramref name="width"/>; returns the group
    /// and its height. <paramref name="sample"/> draws an entry's sample in a 30 × 16 box at the given top-left corner.
    /// </summary>
    public static (XElement Group, double Height) Legend<T>(string heading, IReadOnlyList<(T Entry, string Text)> entries, double width, double top,
        Func<T, double, double, XElement> sample)
    {
        const double rowHeight = 26;
        const double sampleWidth = 34;
        var group = El("g", A("class", "legend"), Text(16, top + 16, heading, 12, Ink, "600", "start"));
        var (x, y) = (16.0, top + 28);
        foreach (var (entry, text) in entries)
        {
            var itemWidth = sampleWidth + 8 + (text.Length * 6.4) + 22;
            if (x > 16 && x + itemWidth > width - 16)
            {
                (x, y) = (16, y + rowHeight);
            }

            group.Add(El("g", A("class", "legend-entry"), sample(entry, x, y), Text(x + sampleWidth + 8, y + 12.5, text, 11.5, Ink, anchor: "start")));
            x += itemWidth;
        }

        return (group, y + rowHeight - top + 6);
    }
}

/// <summary>Short labels for drawings: words wrapped into a few lines of limited length, the rest cut with an ellipsis.</summary>
public static class DiagramText
{
    public static IReadOnlyList<string> Wrap(string? text, int maxChars, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = string.Empty;
        var cut = false;
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (candidate.Length <= maxChars)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word.Length <= maxChars ? word : string.Concat(word.AsSpan(0, maxChars - 1), "…");
            if (lines.Count == maxLines)
            {
                cut = true;
                break;
            }
        }

        if (!cut && current.Length > 0)
        {
            lines.Add(current);
        }

        if (lines.Count > maxLines)
        {
            cut = true;
            lines.RemoveRange(maxLines, lines.Count - maxLines);
        }

        if (cut)
        {
            var last = lines[^1];
            lines[^1] = (last.Length >= maxChars ? last[..(maxChars - 1)] : last).TrimEnd('…') + "…";
        }

        return lines;
    }
}
