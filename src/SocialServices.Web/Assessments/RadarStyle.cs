namespace SocialServices.Web.Assessments;

/// <summary>The marker drawn at each point of a series (so series differ by more than colour).</summary>
public enum RadarMarker
{
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// <summary>
/// How each series of the radar chart looks, the same on the page (SVG) and in the PDF: the assessment shown is solid
/// dark blue with a light fill; earlier ones are orange dashed, green dotted and purple dash-dotted, each with its own
/// marker shape. The colours keep at least 4.5:1 contrast on white.
/// </summary>
public static class RadarStyle
{
    public sealed record SeriesStyle(string Colour, string? FillColour, double FillOpacity, IReadOnlyList<double> Dash, double StrokeWidth, RadarMarker Marker);

    public const string RingColour = "#c3cad3";
    public const string AxisColour = "#aab3bd";
    public const string LabelColour = "#1f2328";
    public const string MutedColour = "#59636e";
    public const double MarkerRadius = 4;

    private static readonly SeriesStyle[] Styles =
    [
        new("#0b3d91", "#0b3d91", 0.18, [], 2.5, RadarMarker.Circle),
        new("#b54708", null, 0, [7, 4], 2, RadarMarker.Square),
        new("#1a7f37", null, 0, [2, 3], 2, RadarMarker.Triangle),
        new("#6f42c1", null, 0, [8, 3, 2, 3], 2, RadarMarker.Diamond),
    ];

    public static SeriesStyle For(int seriesIndex) => Styles[Math.Clamp(seriesIndex, 0, Styles.Length - 1)];
}
