using SkiaSharp;

namespace SocialServices.Reports.Layout;

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
