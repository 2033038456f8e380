using SkiaSharp;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports
{
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
}

namespace SocialServices.Reports.Layout
{
    /// <summary>
    /// A <see cref="RadarDrawing"/> scaled uniformly to the requested width (centred, kept on one page) and drawn as vectors:
    /// the web, the labels in the embedded font, the series (filled, dashed) with their markers, and the legend.
    /// </summary>
    internal sealed class RadarBlock(RadarDrawing drawing, float? width) : IReportBlock
    {
        public float LeadHeight(LayoutContext context) => Size().Height;

        public void Layout(LayoutContext context)
        {
            var (targetWidth, targetHeight) = Size();
            context.EnsureSpace(targetHeight);
            var left = LayoutContext.Left + ((LayoutContext.Width - targetWidth) / 2f);
            var top = context.Y;
            var scale = targetWidth / drawing.Width;
            context.Draw(canvas => Draw(canvas, left, top, scale));
            context.Advance(targetHeight);
            context.Space(10f);
        }

        private (float Width, float Height) Size()
        {
            var targetWidth = Math.Min(width ?? LayoutContext.Width, LayoutContext.Width);
            var targetHeight = targetWidth * drawing.Height / drawing.Width;
            if (targetHeight > Theme.ContentHeight)
            {
                targetWidth *= Theme.ContentHeight / targetHeight;
                targetHeight = Theme.ContentHeight;
            }

            return (targetWidth, targetHeight);
        }

        private void Draw(SKCanvas canvas, float left, float top, float scale)
        {
            canvas.Save();
            try
            {
                canvas.Translate(left, top);
                canvas.Scale(scale);
                DrawWeb(canvas);
                DrawLabels(canvas);
                for (var i = drawing.Series.Count - 1; i >= 0; i--)
                {
                    DrawSeries(canvas, drawing.Series[i]);
                }

                DrawLegend(canvas);
            }
            finally
            {
                canvas.Restore();
            }
        }

        private void DrawWeb(SKCanvas canvas)
        {
            using var ring = Stroke(drawing.Colours.Ring, 1f, []);
            foreach (var r in drawing.Rings)
            {
                using var path = Path(r.Polygon, close: true);
                canvas.DrawPath(path, ring);
            }

            using var axis = Stroke(drawing.Colours.Axis, 1f, []);
            foreach (var a in drawing.Axes)
            {
                canvas.DrawLine(drawing.Centre.X, drawing.Centre.Y, a.End.X, a.End.Y, axis);
            }

            using var font = Font(drawing.FontSize * 0.75f);
            using var muted = Fill(drawing.Colours.Muted, 1f);
            foreach (var r in drawing.Rings)
            {
                canvas.DrawText(r.Value.ToString(ReportFormat.Latvian), r.LabelBaseline.X, r.LabelBaseline.Y, font, muted);
            }
        }

        private void DrawLabels(SKCanvas canvas)
        {
            using var font = Font(drawing.FontSize);
            using var text = Fill(drawing.Colours.Text, 1f);
            foreach (var axis in drawing.Axes)
            {
                foreach (var line in axis.LabelLines)
                {
                    DrawText(canvas, line.Text, line.Baseline, axis.Alignment, font, text);
                }
            }
        }

        private static void DrawSeries(SKCanvas canvas, RadarDrawingSeries series)
        {
            foreach (var outline in series.Outlines.Where(o => o.Count > 1))
            {
                using var path = Path(outline, series.IsClosed);
                if (series.IsClosed && series.FillColour is { } fillColour && series.FillOpacity > 0)
                {
                    using var fill = Fill(fillColour, series.FillOpacity);
                    canvas.DrawPath(path, fill);
                }

                using var stroke = Stroke(series.Colour, series.StrokeWidth, series.Dash);
                canvas.DrawPath(path, stroke);
            }

            foreach (var point in series.Points)
            {
                DrawMarker(canvas, series, point);
            }
        }

        private void DrawLegend(SKCanvas canvas)
        {
            using var font = Font(drawing.FontSize);
            using var text = Fill(drawing.Colours.Text, 1f);
            foreach (var row in drawing.Legend)
            {
                var series = drawing.Series[row.Series];
                using var stroke = Stroke(series.Colour, series.StrokeWidth, series.Dash);
                canvas.DrawLine(row.SampleStart.X, row.SampleStart.Y, row.SampleEnd.X, row.SampleEnd.Y, stroke);
                DrawMarker(canvas, series, new RadarDrawingPoint((row.SampleStart.X + row.SampleEnd.X) / 2f, row.SampleStart.Y));
                canvas.DrawText(row.Label, row.TextBaseline.X, row.TextBaseline.Y, font, text);
            }
        }

        private static void DrawMarker(SKCanvas canvas, RadarDrawingSeries series, RadarDrawingPoint p)
        {
            var r = series.MarkerRadius;
            using var fill = Fill(series.Colour, 1f);
            switch (series.Marker)
            {
                case RadarDrawingMarker.Square:
                    canvas.DrawRect(p.X - r, p.Y - r, 2 * r, 2 * r, fill);
                    break;
                case RadarDrawingMarker.Triangle:
                    using (var path = Path([new(p.X, p.Y - r - 1), new(p.X + r + 1, p.Y + r), new(p.X - r - 1, p.Y + r)], close: true))
                    {
                        canvas.DrawPath(path, fill);
                    }

                    break;
                case RadarDrawingMarker.Diamond:
                    using (var path = Path([new(p.X, p.Y - r - 1), new(p.X + r + 1, p.Y), new(p.X, p.Y + r + 1), new(p.X - r - 1, p.Y)], close: true))
                    {
                        canvas.DrawPath(path, fill);
                    }

                    break;
                default:
                    canvas.DrawCircle(p.X, p.Y, r, fill);
                    using (var edge = Stroke("#ffffff", 1f, []))
                    {
                        canvas.DrawCircle(p.X, p.Y, r, edge);
                    }

                    break;
            }
        }

        private static void DrawText(SKCanvas canvas, string text, RadarDrawingPoint at, CellAlignment alignment, SKFont font, SKPaint paint)
        {
            var width = font.MeasureText(text);
            var x = alignment switch
            {
                CellAlignment.Right => at.X - width,
                CellAlignment.Center => at.X - (width / 2f),
                _ => at.X,
            };
            canvas.DrawText(text, x, at.Y, font, paint);
        }

        private static SKPath Path(IReadOnlyList<RadarDrawingPoint> points, bool close)
        {
            var path = new SKPath();
            path.MoveTo(points[0].X, points[0].Y);
            for (var i = 1; i < points.Count; i++)
            {
                path.LineTo(points[i].X, points[i].Y);
            }

            if (close)
            {
                path.Close();
            }

            return path;
        }

        private static SKFont Font(float size) => new(ReportFonts.Regular, size) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

        private static SKPaint Fill(string colour, float opacity)
        {
            var c = SKColor.Parse(colour);
            return new SKPaint { Color = c.WithAlpha((byte)Math.Round(255 * Math.Clamp(opacity, 0f, 1f))), Style = SKPaintStyle.Fill, IsAntialias = true };
        }

        private static SKPaint Stroke(string colour, float width, IReadOnlyList<float> dash)
        {
            var paint = new SKPaint { Color = SKColor.Parse(colour), Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
            if (dash.Count >= 2)
            {
                paint.PathEffect = SKPathEffect.CreateDash(dash.ToArray(), 0);
            }

            return paint;
        }
    }
}
