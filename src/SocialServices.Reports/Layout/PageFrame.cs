using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>Header (organisation, title) and footer (who and when, "Lapa X no Y") of every page.</summary>
internal static class PageFrame
{
    public static void Draw(SKCanvas canvas, ReportStyles styles, ReportInfo info, int pageNumber, int pageCount)
    {
        var left = Theme.ContentLeft;
        var right = Theme.ContentRight;
        var (organisationWidth, titleWidth) = HeaderWidths(
            styles.PageHeaderStrong.Measure(info.Organisation),
            styles.PageHeader.Measure(info.Title),
            right - left - 16f);

        var organisation = TextWrapper.Ellipsize(info.Organisation, styles.PageHeaderStrong.Font, organisationWidth);
        styles.PageHeaderStrong.Draw(canvas, organisation, left, Theme.HeaderTextTop);
        var title = TextWrapper.Ellipsize(info.Title, styles.PageHeader.Font, titleWidth);
        styles.PageHeader.Draw(canvas, title, right - titleWidth, titleWidth, Theme.HeaderTextTop, CellAlignment.Right);
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

    /// <summary>
    /// Widths for the organisation (left) and the title (right) of the header: half each, except that a text
    /// shorter than half leaves the rest to the other one, so a short title never makes a long name cut.
    /// </summary>
    private static (float Organisation, float Title) HeaderWidths(float organisation, float title, float available)
    {
        var half = available / 2f;
        if (title <= half)
        {
            return (available - title, title);
        }

        return organisation <= half ? (organisation, available - organisation) : (half, half);
    }
}
