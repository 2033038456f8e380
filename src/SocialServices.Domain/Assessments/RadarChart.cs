namespace SocialServices.Domain.Assessments;

/// <summary>A point in the chart's own units (x to the right, y downwards, as in SVG and on a PDF canvas).</summary>
public readonly record struct RadarPoint(double X, double Y);

/// <summary>Which end of a label sits at its anchor point.</summary>
public enum RadarTextAnchor
{
    Start = 1,
    Middle = 2,
    End = 3,
}

/// <summary>
/// The size of a radar chart in its own units: its width, the radius of the outermost ring, the gap between the ring and
/// the axis labels, the labels' font size and line height, and the height of a legend row. A renderer scales the whole
/// chart uniformly (SVG viewBox, PDF points), so the same frame gives the same picture everywhere.
/// </summary>
public sealed record RadarFrame(double Width, double Radius, double LabelGap, double FontSize, double LineHeight, double LegendRowHeight)
{
    /// <summary>The frame of the web page and the PDF: 680 × (about) 520 units.</summary>
    public static readonly RadarFrame Standard = new(680, 170, 12, 12, 15, 20);

    /// <summary>A label longer than this many characters is split into two lines at a space.</summary>
    public const int LabelLineLength = 22;
}

/// <summary>One series to draw: its legend text and one value per axis (null: not scored).</summary>
public sealed record RadarSeriesInput(string Label, IReadOnlyList<int?> Values);

/// <summary>A ring of the web at one scale value: its radius, its polygon (one vertex per axis) and where its value is written.</summary>
public sealed record RadarRing(int Value, double Radius, IReadOnlyList<RadarPoint> Polygon, RadarPoint LabelBaseline);

/// <summary>A line of an axis label with the baseline point where it is drawn.</summary>
public sealed record RadarLabelLine(string Text, RadarPoint Baseline);

/// <summary>An axis: its angle (degrees, 0 = right, clockwise, the first axis at -90 = up), its outer end and its label.</summary>
public sealed record RadarAxis(int Index, string Label, double AngleDegrees, RadarPoint End, RadarTextAnchor Anchor, IReadOnlyList<RadarLabelLine> LabelLines);

/// <summary>
/// A series' geometry: one point per axis (null where not scored), and the outlines to stroke: one closed polygon when
/// every axis is scored, otherwise the runs of consecutive scored axes (a run of one point is just its marker).
/// </summary>
public sealed record RadarSeries(int Index, string Label, IReadOnlyList<RadarPoint?> Points, IReadOnlyList<IReadOnlyList<RadarPoint>> Outlines, bool IsClosed);

/// <summary>A legend row: the sample line of the series and the baseline where its text starts.</summary>
public sealed record RadarLegendEntry(int SeriesIndex, string Label, RadarPoint SampleStart, RadarPoint SampleEnd, RadarPoint TextBaseline);

/// <summary>Everything a renderer needs to draw the chart; every renderer (SVG on the page, Skia in the PDF) draws exactly this.</summary>
public sealed record RadarGeometry(
    double Width,
    double Height,
    RadarPoint Centre,
    double Radius,
    int Min,
    int Max,
    IReadOnlyList<RadarRing> Rings,
    IReadOnlyList<RadarAxis> Axes,
    IReadOnlyList<RadarSeries> Series,
    IReadOnlyList<RadarLegendEntry> Legend);

/// <summary>
/// The geometry of the functional assessment's radar ("spider") chart as a pure function of the scores: axes evenly
/// spaced clockwise from the top, a value v drawn at radius R·v/max (so the lowest score is still a visible shape),
/// rings at every whole value, labels outside the outer ring, and a legend under the chart. The first series is the
/// assessment shown; further series are earlier assessments overlaid for comparison.
/// </summary>
public static class RadarChart
{
    public static RadarGeometry Compute(IReadOnlyList<string> axisLabels, IReadOnlyList<RadarSeriesInput> series, RadarFrame frame, int min = FunctionalScale.Min, int max = FunctionalScale.Max)
    {
        ArgumentNullException.ThrowIfNull(axisLabels);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(frame);
        var n = axisLabels.Count;
        if (n < FunctionalScale.MinimumScored)
        {
            throw new ArgumentException("A radar chart needs at least three axes.", nameof(axisLabels));
        }

        if (min < 0 || max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "The scale runs from a non-negative min to a larger max.");
        }

        foreach (var s in series)
        {
            if (s.Values.Count != n)
            {
                throw new ArgumentException($"Series '{s.Label}' has {s.Values.Count} values for {n} axes.", nameof(series));
            }

            if (s.Values.Any(v => v is { } value && (value < min || value > max)))
            {
                throw new ArgumentOutOfRangeException(nameof(series), $"Series '{s.Label}' has a value outside {min}–{max}.");
            }
        }

        var labelBlock = frame.LabelGap + (2 * frame.LineHeight);
        var centre = new RadarPoint(frame.Width / 2, labelBlock + frame.Radius + 4);
        var chartBottom = centre.Y + frame.Radius + labelBlock;

        var angles = Enumerable.Range(0, n).Select(i => -90.0 + (360.0 * i / n)).ToList();
        RadarPoint At(int axis, double radius)
        {
            var radians = angles[axis] * Math.PI / 180.0;
            return new RadarPoint(Round(centre.X + (radius * Math.Cos(radians))), Round(centre.Y + (radius * Math.Sin(radians))));
        }

        double RadiusOf(int value) => frame.Radius * value / max;

        var rings = Enumerable.Range(Math.Max(min, 1), max - Math.Max(min, 1) + 1)
            .Select(v => new RadarRing(v, Round(RadiusOf(v)), Enumerable.Range(0, n).Select(a => At(a, RadiusOf(v))).ToList(),
                new RadarPoint(Round(centre.X + 7), Round(centre.Y - RadiusOf(v) - 3))))
            .ToList();

        var axes = Enumerable.Range(0, n).Select(a => Axis(a, axisLabels[a], angles[a], At(a, frame.Radius), At(a, frame.Radius + frame.LabelGap), frame)).ToList();

        var geometries = series.Select((s, i) =>
        {
            var points = s.Values.Select((v, a) => v is { } value ? At(a, RadiusOf(value)) : (RadarPoint?)null).ToList();
            var closed = points.All(p => p is not null);
            return new RadarSeries(i, s.Label, points, closed ? [points.Select(p => p!.Value).ToList()] : Runs(points), closed);
        }).ToList();

        var legendTop = chartBottom + 8;
        var legend = series.Select((s, i) =>
        {
            var y = Round(legendTop + (i * frame.LegendRowHeight) + (frame.LegendRowHeight / 2));
            var left = (frame.Width / 2) - (frame.Radius + frame.LabelGap);
            return new RadarLegendEntry(i, s.Label, new RadarPoint(Round(left), y), new RadarPoint(Round(left + 32), y),
                new RadarPoint(Round(left + 40), Round(y + (frame.FontSize * 0.35))));
        }).ToList();

        var height = Round(legendTop + (series.Count * frame.LegendRowHeight) + 8);
        return new RadarGeometry(frame.Width, height, centre, frame.Radius, min, max, rings, axes, geometries, legend);
    }

    /// <summary>Splits a long label into two lines at the space nearest its middle.</summary>
    public static IReadOnlyList<string> LabelLines(string label, int maxLength = RadarFrame.LabelLineLength)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label.Trim();
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var spaces = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ').ToList();
        if (spaces.Count == 0)
        {
            return [text];
        }

        var middle = text.Length / 2;
        var split = spaces.OrderBy(i => Math.Abs(i - middle)).First();
        return [text[..split].TrimEnd(), text[(split + 1)..].TrimStart()];
    }

    private static RadarAxis Axis(int index, string label, double angle, RadarPoint end, RadarPoint labelAt, RadarFrame frame)
    {
        var radians = angle * Math.PI / 180.0;
        var cos = Math.Cos(radians);
        var sin = Math.Sin(radians);
        var anchor = cos > 0.2 ? RadarTextAnchor.Start : cos < -0.2 ? RadarTextAnchor.End : RadarTextAnchor.Middle;
        var lines = LabelLines(label);
        var blockHeight = lines.Count * frame.LineHeight;

        // The label block sits above the point in the upper part, below it in the lower part, centred on it at the sides.
        var top = sin < -0.2 ? labelAt.Y - blockHeight : sin > 0.2 ? labelAt.Y : labelAt.Y - (blockHeight / 2);
        var baselineOffset = ((frame.LineHeight - frame.FontSize) / 2) + (frame.FontSize * 0.8);
        var labelLines = lines.Select((text, i) => new RadarLabelLine(text, new RadarPoint(labelAt.X, Round(top + (i * frame.LineHeight) + baselineOffset)))).ToList();
        return new RadarAxis(index, label, angle, end, anchor, labelLines);
    }

    /// <summary>Runs of consecutive scored axes; a run that reaches the last axis continues into one that starts at the first.</summary>
    private static List<IReadOnlyList<RadarPoint>> Runs(List<RadarPoint?> points)
    {
        var runs = new List<List<RadarPoint>>();
        List<RadarPoint>? current = null;
        foreach (var point in points)
        {
            if (point is { } p)
            {
                current ??= [];
                current.Add(p);
            }
            else if (current is not null)
            {
                runs.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            if (points[0] is not null && runs.Count > 0)
            {
                // Wrap around: the last run and the first run meet at the top axis.
                current.AddRange(runs[0]);
                runs[0] = current;
            }
            else
            {
                runs.Add(current);
            }
        }

        return runs.Cast<IReadOnlyList<RadarPoint>>().ToList();
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
