using System.Globalization;
using SkiaSharp;

namespace SocialServices.Reports.Tests;

internal static class Samples
{
    /// <summary>05.03.2025 14:30 in Riga (UTC+2 in winter).</summary>
    public static readonly DateTimeOffset GeneratedAt = new(2025, 3, 5, 12, 30, 0, TimeSpan.Zero);

    public static ReportInfo Info(string title = "Pārskats par klientiem") =>
        new(title, "Rīgas Sociālais dienests", "Žanete Ķēniņa", GeneratedAt, Subject: "Pārbaude", Author: "Ēriks Ūdris");

    public static PdfReport Report(string title = "Pārskats par klientiem") => new(Info(title));

    /// <summary>A long Latvian paragraph of ordinary words.</summary>
    public static string LongParagraph(int sentences = 12) => string.Join(' ', Enumerable.Range(1, sentences).Select(i =>
        string.Create(CultureInfo.InvariantCulture, $"Teikums {i}: sociālā darbiniece apmeklēja ģimeni dzīvesvietā, novērtēja mājokļa apstākļus un vienojās par turpmāko atbalstu bērniem.")));

    /// <summary>A PNG of the given pixel size: a blue frame on white.</summary>
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x2B, 0x6C, 0xB0), IsStroke = true, StrokeWidth = 8 };
            canvas.DrawRect(4, 4, width - 8, height - 8, paint);
            canvas.DrawLine(0, 0, width, height, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static ScottPlot.Plot Chart()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Bars([12.0, 18, 9, 22, 15, 27]);
        plot.Title("Pieteikumi pa mēnešiem");
        plot.XLabel("Mēnesis");
        plot.YLabel("Skaits");
        return plot;
    }
}
