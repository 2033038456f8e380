namespace SocialServices.Reports;

/// <summary>A point of a <see cref="RadarDrawing"/>, in the drawing's own units (x to the right, y downwards).</summary>
/// <param name="X">Horizontal position.</param>
/// <param name="Y">Vertical position (downwards).</param>
public readonly record struct RadarDrawingPoint(float X, float Y);

/// <summary>The marker drawn at each point of a series.</summary>
public enum RadarDrawingMarker
{
    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled triangle pointing up.</summary>
    Triangle,

    /// <summary>A filled diamond.</summary>
    Diamond,
}

/// <summary>
/// A radar ("spider") chart given as finished geometry: the caller computes every point (the same numbers its web page
/// draws as SVG), the report only scales the drawing to the page and strokes it, so the PDF looks like the page.
/// </summary>
/// <param name="Width">Width in the drawing's units.</param>
/// <param name="Height">Height in the drawing's units.</param>
/// <param name="FontSize">Font size of the axis labels and legend, in the drawing's units.</param>
/// <param name="Centre">The centre of the web.</param>
/// <param name="Rings">The rings of the web, innermost first.</param>
/// <param name="Axes">The axes (spokes) with their labels.</param>
/// <param name="Series">The series; the first is drawn last (on top).</param>
/// <param name="Legend">One row per series.</param>
/// <param name="Colours">Colours of the web and the text.</param>
public sealed record RadarDrawing(
    float Width,
    float Height,
    float FontSize,
    RadarDrawingPoint Centre,
    IReadOnlyList<RadarDrawingRing> Rings,
    IReadOnlyList<RadarDrawingAxis> Axes,
    IReadOnlyList<RadarDrawingSeries> Series,
    IReadOnlyList<RadarDrawingLegendRow> Legend,
    RadarDrawingColours Colours);

/// <summary>Colours of a radar chart's web and text ("#rrggbb").</summary>
/// <param name="Ring">The rings.</param>
/// <param name="Axis">The spokes.</param>
/// <param name="Text">Axis labels and legend.</param>
/// <param name="Muted">Ring values.</param>
public sealed record RadarDrawingColours(string Ring, string Axis, string Text, string Muted);

/// <summary>A ring of the web at one scale value.</summary>
/// <param name="Value">The scale value, written beside the ring.</param>
/// <param name="Polygon">The ring's vertices, one per axis.</param>
/// <param name="LabelBaseline">Where the value is written.</param>
public sealed record RadarDrawingRing(int Value, IReadOnlyList<RadarDrawingPoint> Polygon, RadarDrawingPoint LabelBaseline);

/// <summary>An axis (spoke) from the centre to <paramref name="End"/>, with its label lines.</summary>
/// <param name="End">The outer end of the spoke.</param>
/// <param name="Alignment">Which end of each label line sits at its baseline point.</param>
/// <param name="LabelLines">The label, one or more lines.</param>
public sealed record RadarDrawingAxis(RadarDrawingPoint End, CellAlignment Alignment, IReadOnlyList<RadarDrawingText> LabelLines);

/// <summary>A line of text and the point of its baseline.</summary>
/// <param name="Text">The text.</param>
/// <param name="Baseline">Baseline point (left, centre or right end, by the owner's alignment).</param>
public sealed record RadarDrawingText(string Text, RadarDrawingPoint Baseline);

/// <summary>One series: its look, its points and the outlines to stroke.</summary>
/// <param name="Colour">Stroke and marker colour ("#rrggbb").</param>
/// <param name="FillColour">Fill of a closed outline, or null for none.</param>
/// <param name="FillOpacity">Opacity of the fill, 0 to 1.</param>
/// <param name="Dash">Dash pattern (on, off, ...) in the drawing's units; empty for a solid line.</param>
/// <param name="StrokeWidth">Line width in the drawing's units.</param>
/// <param name="Marker">The marker at each point.</param>
/// <param name="MarkerRadius">The marker's radius.</param>
/// <param name="Points">The scored points (a marker each).</param>
/// <param name="Outlines">Polylines to stroke (a closed polygon when <paramref name="IsClosed"/>).</param>
/// <param name="IsClosed">True when the outline is one closed polygon.</param>
public sealed record RadarDrawingSeries(
    string Colour,
    string? FillColour,
    float FillOpacity,
    IReadOnlyList<float> Dash,
    float StrokeWidth,
    RadarDrawingMarker Marker,
    float MarkerRadius,
    IReadOnlyList<RadarDrawingPoint> Points,
    IReadOnlyList<IReadOnlyList<RadarDrawingPoint>> Outlines,
    bool IsClosed);

/// <summary>A legend row: a sample of the series' line and its text.</summary>
/// <param name="Series">Index of the series in <see cref="RadarDrawing.Series"/>.</param>
/// <param name="Label">The legend text.</param>
/// <param name="SampleStart">Start of the sample line.</param>
/// <param name="SampleEnd">End of the sample line.</param>
/// <param name="TextBaseline">Where the text starts.</param>
public sealed record RadarDrawingLegendRow(int Series, string Label, RadarDrawingPoint SampleStart, RadarDrawingPoint SampleEnd, RadarDrawingPoint TextBaseline);
