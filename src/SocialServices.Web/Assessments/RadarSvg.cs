using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using SocialServices.Domain.Assessments;

namespace SocialServices.Web.Assessments;

/// <summary>
/// Draws the radar geometry as inline SVG (no script, no inline style: presentation attributes only, so the page's CSP
/// holds). The picture is an image with a title and a description for screen readers; the page shows the scores in a
/// table beside it.
/// </summary>
public static class RadarSvg
{
    /// <summary>The chart is shown a quarter larger than its units, so its 12-unit labels read like the page's small text.</summary>
    public const double DisplayScale = 1.25;

    public static IHtmlContent Render(RadarGeometry chart, string id, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{Escape(id)}\" class=\"img-fluid radar-chart\" viewBox=\"0 0 {N(chart.Width)} {N(chart.Height)}\" ")
            .Append(CultureInfo.InvariantCulture, $"width=\"{N(chart.Width * DisplayScale)}\" height=\"{N(chart.Height * DisplayScale)}\" role=\"img\" aria-labelledby=\"{Escape(id)}-title {Escape(id)}-desc\" ")
            .Append("font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Escape(id)}-title\">{Escape(title)}</title><desc id=\"{Escape(id)}-desc\">{Escape(description)}</desc>");

        // The web: rings, spokes and the ring values.
        svg.Append("<g class=\"radar-web\" fill=\"none\">");
        foreach (var ring in chart.Rings)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{Points(ring.Polygon)}\" stroke=\"{RadarStyle.RingColour}\" stroke-width=\"1\"/>");
        }

        foreach (var axis in chart.Axes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(chart.Centre.X)}\" y1=\"{N(chart.Centre.Y)}\" x2=\"{N(axis.End.X)}\" y2=\"{N(axis.End.Y)}\" stroke=\"{RadarStyle.AxisColour}\" stroke-width=\"1\"/>");
        }

        svg.Append("</g><g class=\"radar-ring-values\" font-size=\"9\" fill=\"" + RadarStyle.MutedColour + "\">");
        foreach (var ring in chart.Rings)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(ring.LabelBaseline.X)}\" y=\"{N(ring.LabelBaseline.Y)}\">{ring.Value}</text>");
        }

        svg.Append("</g><g class=\"radar-labels\" fill=\"" + RadarStyle.LabelColour + "\">");
        foreach (var axis in chart.Axes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text text-anchor=\"{Anchor(axis.Anchor)}\" data-axis=\"{axis.Index}\">");
            foreach (var line in axis.LabelLines)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(line.Baseline.X)}\" y=\"{N(line.Baseline.Y)}\">{Escape(line.Text)}</tspan>");
            }

            svg.Append("</text>");
        }

        svg.Append("</g>");

        // Earlier assessments first, so the one shown is drawn on top.
        foreach (var series in chart.Series.Reverse())
        {
            var style = RadarStyle.For(series.Index);
            var dash = style.Dash.Count == 0 ? string.Empty : $" stroke-dasharray=\"{string.Join(' ', style.Dash.Select(N))}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"radar-series\" data-series=\"{series.Index}\">");
            foreach (var outline in series.Outlines.Where(o => o.Count > 1))
            {
                if (series.IsClosed)
                {
                    var fill = style.FillColour is null ? "fill=\"none\"" : $"fill=\"{style.FillColour}\" fill-opacity=\"{N(style.FillOpacity)}\"";
                    svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{Points(outline)}\" {fill} stroke=\"{style.Colour}\" stroke-width=\"{N(style.StrokeWidth)}\" stroke-linejoin=\"round\"{dash}/>");
                }
                else
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{Points(outline)}\" fill=\"none\" stroke=\"{style.Colour}\" stroke-width=\"{N(style.StrokeWidth)}\" stroke-linejoin=\"round\"{dash}/>");
                }
            }

            foreach (var point in series.Points.OfType<RadarPoint>())
            {
                svg.Append(Marker(style, point));
            }

            svg.Append("</g>");
        }

        svg.Append("<g class=\"radar-legend\" fill=\"" + RadarStyle.LabelColour + "\">");
        foreach (var entry in chart.Legend)
        {
            var style = RadarStyle.For(entry.SeriesIndex);
            var dash = style.Dash.Count == 0 ? string.Empty : $" stroke-dasharray=\"{string.Join(' ', style.Dash.Select(N))}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<g data-legend=\"{entry.SeriesIndex}\"><line x1=\"{N(entry.SampleStart.X)}\" y1=\"{N(entry.SampleStart.Y)}\" x2=\"{N(entry.SampleEnd.X)}\" y2=\"{N(entry.SampleEnd.Y)}\" stroke=\"{style.Colour}\" stroke-width=\"{N(style.StrokeWidth)}\"{dash}/>")
                .Append(Marker(style, new RadarPoint((entry.SampleStart.X + entry.SampleEnd.X) / 2, entry.SampleStart.Y)))
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{N(entry.TextBaseline.X)}\" y=\"{N(entry.TextBaseline.Y)}\">{Escape(entry.Label)}</text></g>");
        }

        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Marker(RadarStyle.SeriesStyle style, RadarPoint p)
    {
        var r = RadarStyle.MarkerRadius;
        return style.Marker switch
        {
            RadarMarker.Square => $"<rect x=\"{N(p.X - r)}\" y=\"{N(p.Y - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\" fill=\"{style.Colour}\"/>",
            RadarMarker.Triangle => $"<polygon points=\"{Points([new(p.X, p.Y - r - 1), new(p.X + r + 1, p.Y + r), new(p.X - r - 1, p.Y + r)])}\" fill=\"{style.Colour}\"/>",
            RadarMarker.Diamond => $"<polygon points=\"{Points([new(p.X, p.Y - r - 1), new(p.X + r + 1, p.Y), new(p.X, p.Y + r + 1), new(p.X - r - 1, p.Y)])}\" fill=\"{style.Colour}\"/>",
            _ => $"<circle cx=\"{N(p.X)}\" cy=\"{N(p.Y)}\" r=\"{N(r)}\" fill=\"{style.Colour}\" stroke=\"#ffffff\" stroke-width=\"1\"/>",
        };
    }

    private static string Anchor(RadarTextAnchor anchor) => anchor switch
    {
        RadarTextAnchor.Start => "start",
        RadarTextAnchor.End => "end",
        _ => "middle",
    };

    private static string Points(IEnumerable<RadarPoint> points) => string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)));

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>XML text and attribute escaping; Latvian letters stay letters.</summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
