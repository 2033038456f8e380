using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>
/// The report's typefaces, loaded once from the TTF files embedded in this assembly (never from the system),
/// so Latvian letters render the same on every machine.
/// </summary>
internal static class ReportFonts
{
    private const string ResourcePrefix = "SocialServices.Reports.Fonts.";

    private static readonly Lazy<SKData> RegularData = new(() => LoadData("DejaVuSans.ttf"));
    private static readonly Lazy<SKData> BoldData = new(() => LoadData("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> RegularTypeface = new(() => CreateTypeface(bold: false));
    private static readonly Lazy<SKTypeface> BoldTypeface = new(() => CreateTypeface(bold: true));

    /// <summary>DejaVu Sans.</summary>
    public static SKTypeface Regular => RegularTypeface.Value;

    /// <summary>DejaVu Sans Bold.</summary>
    public static SKTypeface Bold => BoldTypeface.Value;

    private static SKTypeface CreateTypeface(bool bold) =>
        SKTypeface.FromData(bold ? BoldData.Value : RegularData.Value)
        ?? throw new InvalidOperationException($"The embedded font {(bold ? "DejaVuSans-Bold" : "DejaVuSans")} could not be read.");

    private static SKData LoadData(string fileName)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded font resource {ResourcePrefix + fileName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return SKData.CreateCopy(buffer.ToArray());
    }
}
