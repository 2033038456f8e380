using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>Header (organisation, title) and footer (who and when, "Lapa X no Y") of every page.</summary>
internal static class PageFrame
{
    public static void Draw(SKCanvas canvas, ReportStyles styles, ReportInfo info, int pageNumber, int pageCount)
    {
        var left = Theme.ContentLeft;
        var right = Theme.ContentRight;
        var half = (right - left - 16f) / 2f;

        var organisation = TextWrapper.Ellipsize(info.Organisation, styles.PageHeaderStrong.Font, half);
        styles.PageHeaderStrong.Draw(canvas, organisation, left, Theme.HeaderTextTop);
        var title = TextWrapper.Ellipsize(info.Title, styles.PageHeader.Font, half);
        styles.PageHeader.Draw(canvas, title, right - half, half, Theme.HeaderTextTop, CellAlignment.Right);
        Theme.HorizontalLine(canvas, left, right, Theme.HeaderRuleY, Theme.Rule);

        Theme.HorizontalLine(canvas, left, right, Theme.FooterRuleY, Theme.Rule);
        var pageText = $"Lapa {pageNumber.ToString(ReportFormat.Latvian)} no {pageCount.ToString(ReportFormat.Latvian)}";
        var pageTextWidth = styles.PageHeader.Measure(pageText);
        styles.PageHeader.Draw(canvas, pageText, right - pageTextWidth, Theme.FooterTextTop);
        var generated = TextWrapper.Ellipsize(
            $"Sagatavoja: {info.GeneratedBy}, {ReportFormat.Timestamp(info.GeneratedAt)}",
            styles.PageHeader.Font,
            right - left - pageTextWidth - 16f);
        styles.PageHeader.Draw(canvas, generated, left, Theme.FooterTextTop);
    }
}
