using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>Page geometry (A4, points) and colours shared by all reports.</summary>
internal static class Theme
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float MarginX = 50f;
    public const float ContentLeft = MarginX;
    public const float ContentRight = PageWidth - MarginX;
    public const float ContentWidth = ContentRight - ContentLeft;

    public const float HeaderTextTop = 30f;
    public const float HeaderRuleY = 46f;
    public const float ContentTop = 62f;
    public const float ContentBottom = PageHeight - 62f;
    public const float ContentHeight = ContentBottom - ContentTop;
    public const float FooterRuleY = PageHeight - 48f;
    public const float FooterTextTop = PageHeight - 42f;

    public static readonly SKColor Text = new(0x1F, 0x23, 0x28);
    public static readonly SKColor Muted = new(0x59, 0x63, 0x6E);
    public static readonly SKColor Accent = new(0x1B, 0x36, 0x5D);
    public static readonly SKColor Rule = new(0xD0, 0xD7, 0xDE);
    public static readonly SKColor StrongRule = new(0x8C, 0x95, 0x9F);
    public static readonly SKColor HeaderFill = new(0xE8, 0xEE, 0xF5);
    public static readonly SKColor ZebraFill = new(0xF6, 0xF8, 0xFA);

    /// <summary>A hairline of the given colour across [x1, x2] at y.</summary>
    public static void HorizontalLine(SKCanvas canvas, float x1, float x2, float y, SKColor color, float width = 0.5f)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsStroke = true, IsAntialias = true };
        canvas.DrawLine(x1, y, x2, y, paint);
    }

    /// <summary>A filled rectangle without a border.</summary>
    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, paint);
    }
}
