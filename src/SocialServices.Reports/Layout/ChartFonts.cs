using ScottPlot;
using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>
/// Makes ScottPlot draw its text with the report's embedded font, not whatever the machine has installed.
/// </summary>
internal static class ChartFonts
{
    /// <summary>A family name no system font has, so ScottPlot's system resolver never answers for it.</summary>
    public const string FamilyName = "SocialServices Reports Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Sets every font of the plot (title, axes, ticks, legend) to the embedded font.</summary>
    public static void Apply(Plot plot)
    {
        EnsureRegistered();
        plot.Font.Set(FamilyName);
    }

    private static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Fonts.FontResolvers.Add(new EmbeddedFontResolver());
                _registered = true;
            }
        }
    }

    /// <summary>
    /// Hands ScottPlot the report's own typeface objects, so the PDF embeds each font once.
    /// ScottPlot caches what a resolver returns for the life of the process and never disposes it.
    /// </summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, italic: false);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            !string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? null
            : bold ? ReportFonts.Bold
            : ReportFonts.Regular;
    }
}
