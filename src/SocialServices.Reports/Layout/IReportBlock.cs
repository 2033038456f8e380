namespace SocialServices.Reports.Layout;

/// <summary>One element of a report: places itself on pages during layout.</summary>
internal interface IReportBlock
{
    void Layout(LayoutContext context);

    /// <summary>
    /// Height of the first part of this block that cannot be split (a table's header and first row, an image),
    /// so that a heading before it can move to the next page together with it.
    /// </summary>
    float LeadHeight(LayoutContext context);
}
