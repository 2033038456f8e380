using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>A raster image (PNG or JPEG), scaled to the requested width and kept whole on one page.</summary>
internal sealed class ImageBlock(byte[] encoded, float? width) : IReportBlock
{
    /// <summary>Natural size assumes 96 pixels per inch.</summary>
    private const float PointsPerPixel = 72f / 96f;

    /// <summary>Pixel size of encoded image data, or null if it is no image SkiaSharp can decode.</summary>
    public static SKSizeI? Probe(byte[] encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        return codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0
            ? null
            : new SKSizeI(codec.Info.Width, codec.Info.Height);
    }

    public float LeadHeight(LayoutContext context)
    {
        var size = Probe(encoded) ?? new SKSizeI(1, 1);
        return Size(size.Width, size.Height).Height;
    }

    public void Layout(LayoutContext context)
    {
        var image = context.Own(SKImage.FromEncodedData(encoded)
            ?? throw new InvalidOperationException("The image data could not be decoded."));
        var (targetWidth, targetHeight) = Size(image.Width, image.Height);

        context.EnsureSpace(targetHeight);
        var rect = SKRect.Create(LayoutContext.Left, context.Y, targetWidth, targetHeight);
        context.Draw(canvas => canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None)));
        context.Advance(targetHeight);
        context.Space(10f);
    }

    /// <summary>Requested (or natural) width, never wider than the content nor taller than a page.</summary>
    private (float Width, float Height) Size(int pixelWidth, int pixelHeight)
    {
        var targetWidth = Math.Min(width ?? pixelWidth * PointsPerPixel, LayoutContext.Width);
        var targetHeight = targetWidth * pixelHeight / pixelWidth;
        if (targetHeight > Theme.ContentHeight)
        {
            targetWidth *= Theme.ContentHeight / targetHeight;
            targetHeight = Theme.ContentHeight;
        }

        return (targetWidth, targetHeight);
    }
}
