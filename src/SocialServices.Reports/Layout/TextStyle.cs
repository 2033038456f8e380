using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>A font, a colour and a line height: measures, wraps and draws single lines of text.</summary>
internal sealed class TextStyle : IDisposable
{
    private readonly float _baseline;

    public TextStyle(SKTypeface typeface, float size, SKColor color, float lineHeight)
    {
        // Linear, unhinted metrics: what is measured here is what the PDF viewer lays out.
        Font = new SKFont(typeface, size)
        {
            LinearMetrics = true,
            Subpixel = true,
            Hinting = SKFontHinting.None,
            Edging = SKFontEdging.Antialias,
        };
        Paint = new SKPaint { Color = color, IsAntialias = true };
        LineHeight = lineHeight;

        var metrics = Font.Metrics;
        _baseline = ((lineHeight - (metrics.Descent - metrics.Ascent)) / 2f) - metrics.Ascent;
    }

    public SKFont Font { get; }

    public SKPaint Paint { get; }

    public float LineHeight { get; }

    public float Measure(string text) => Font.MeasureText(text);

    public IReadOnlyList<string> Wrap(string? text, float maxWidth) => TextWrapper.Wrap(text, Font, maxWidth);

    /// <summary>Draws one line whose line box starts at <paramref name="top"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float top)
    {
        if (text.Length > 0)
        {
            canvas.DrawText(text, x, top + _baseline, Font, Paint);
        }
    }

    /// <summary>Draws one line aligned within [left, left + width].</summary>
    public void Draw(SKCanvas canvas, string text, float left, float width, float top, CellAlignment alignment)
    {
        var x = alignment switch
        {
            CellAlignment.Right => left + width - Measure(text),
            CellAlignment.Center => left + ((width - Measure(text)) / 2f),
            _ => left,
        };
        Draw(canvas, text, x, top);
    }

    public void Dispose()
    {
        Font.Dispose();
        Paint.Dispose();
    }
}
