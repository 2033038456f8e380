using ScottPlot;
using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>
/// A ScottPlot plot drawn as vectors straight onto the PDF page. The plot is laid out at 1.25 pixels per point,
/// so its default font sizes sit well beside 10 pt body text.
/// </summary>
internal sealed class ChartBlock(Plot plot, float height, float? width) : IReportBlock
{
    private const float PointsPerPixel = 0.8f;

    public float LeadHeight(LayoutContext context) => Math.Min(height, Theme.ContentHeight);

    public void Layout(LayoutContext context)
    {
        var targetWidth = Math.Min(width ?? LayoutContext.Width, LayoutContext.Width);
        var targetHeight = Math.Min(height, Theme.ContentHeight);
        context.EnsureSpace(targetHeight);
        var rect = SKRect.Create(LayoutContext.Left, context.Y, targetWidth, targetHeight);
        context.Draw(canvas => Draw(canvas, rect));
        context.Advance(targetHeight);
        context.Space(10f);
    }

    private void Draw(SKCanvas canvas, SKRect rect)
    {
        ChartFonts.Apply(plot);
        canvas.Save();
        try
        {
            // ScottPlot clears its canvas first: the clip keeps that to the chart's own rectangle.
            canvas.ClipRect(rect);
            canvas.Translate(rect.Left, rect.Top);
            canvas.Scale(PointsPerPixel);
            plot.Render(canvas, (int)Math.Round(rect.Width / PointsPerPixel), (int)Math.Round(rect.Height / PointsPerPixel));
        }
        finally
        {
            canvas.Restore();
        }
    }
}
