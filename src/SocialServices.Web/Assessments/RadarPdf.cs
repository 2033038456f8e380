using SocialServices.Domain.Assessments;
using SocialServices.Reports;

namespace SocialServices.Web.Assessments;

/// <summary>Hands the domain's radar geometry to the PDF with the same look as the page's SVG (<see cref="RadarStyle"/>).</summary>
public static class RadarPdf
{
    public static RadarDrawing From(RadarGeometry chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new RadarDrawing(
            (float)chart.Width,
            (float)chart.Height,
            (float)RadarFrame.Standard.FontSize,
            P(chart.Centre),
            chart.Rings.Select(r => new RadarDrawingRing(r.Value, r.Polygon.Select(P).ToList(), P(r.LabelBaseline))).ToList(),
            chart.Axes.Select(a => new RadarDrawingAxis(P(a.End), Alignment(a.Anchor), a.LabelLines.Select(l => new RadarDrawingText(l.Text, P(l.Baseline))).ToList())).ToList(),
            chart.Series.Select(s =>
            {
                var style = RadarStyle.For(s.Index);
                return new RadarDrawingSeries(style.Colour, style.FillColour, (float)style.FillOpacity, style.Dash.Select(d => (float)d).ToList(), (float)style.StrokeWidth,
                    Marker(style.Marker), (float)RadarStyle.MarkerRadius, s.Points.OfType<RadarPoint>().Select(P).ToList(),
                    s.Outlines.Select(o => (IReadOnlyList<RadarDrawingPoint>)o.Select(P).ToList()).ToList(), s.IsClosed);
            }).ToList(),
            chart.Legend.Select(l => new RadarDrawingLegendRow(l.SeriesIndex, l.Label, P(l.SampleStart), P(l.SampleEnd), P(l.TextBaseline))).ToList(),
            new RadarDrawingColours(RadarStyle.RingColour, RadarStyle.AxisColour, RadarStyle.LabelColour, RadarStyle.MutedColour));
    }

    private static RadarDrawingPoint P(RadarPoint p) => new((float)p.X, (float)p.Y);

    private static CellAlignment Alignment(RadarTextAnchor anchor) => anchor switch
    {
        RadarTextAnchor.Start => CellAlignment.Left,
        RadarTextAnchor.End => CellAlignment.Right,
        _ => CellAlignment.Center,
    };

    private static RadarDrawingMarker Marker(RadarMarker marker) => marker switch
    {
        RadarMarker.Square => RadarDrawingMarker.Square,
        RadarMarker.Triangle => RadarDrawingMarker.Triangle,
        RadarMarker.Diamond => RadarDrawingMarker.Diamond,
        _ => RadarDrawingMarker.Circle,
    };
}
