namespace SocialServices.Reports.Layout;

/// <summary>Extra vertical space (dropped at the top of a page).</summary>
internal sealed class SpacingBlock(float height) : IReportBlock
{
    public void Layout(LayoutContext context) => context.Space(height);

    public float LeadHeight(LayoutContext context) => 0f;
}

/// <summary>Continues on a new page (nothing happens at the top of an empty page).</summary>
internal sealed class PageBreakBlock : IReportBlock
{
    public float LeadHeight(LayoutContext context) => 0f;

    public void Layout(LayoutContext context)
    {
        if (!context.AtPageTop)
        {
            context.NewPage();
        }
    }
}
