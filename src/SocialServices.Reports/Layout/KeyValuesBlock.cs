namespace SocialServices.Reports.Layout;

/// <summary>"Label: value" pairs: labels in a column as wide as the longest (at most 40 %), values wrapped beside them.</summary>
internal sealed class KeyValuesBlock(IReadOnlyList<(string Label, string? Value)> items) : IReportBlock
{
    private const float Gap = 12f;

    public float LeadHeight(LayoutContext context) => items.Count == 0 ? 0f : CreateGrid(context).LeadHeight(Rows());

    public void Layout(LayoutContext context)
    {
        if (items.Count == 0)
        {
            return;
        }

        CreateGrid(context).Layout(Rows());
        context.Space(10f);
    }

    private List<IReadOnlyList<string?>> Rows() =>
        items.Select(item => (IReadOnlyList<string?>)[Label(item.Label), item.Value]).ToList();

    private static string Label(string label) => label.TrimEnd().EndsWith(':') ? label.TrimEnd() : label.TrimEnd() + ":";

    private Grid CreateGrid(LayoutContext context)
    {
        var styles = context.Styles;
        var labelWidth = Math.Min(items.Max(item => styles.Label.Measure(Label(item.Label))) + Gap, LayoutContext.Width * 0.4f);
        var style = new GridStyle(
            HeaderStyle: null,
            [styles.Label, styles.Body],
            [CellAlignment.Left, CellAlignment.Left],
            PaddingX: 0f,
            PaddingY: 1f,
            Zebra: false,
            RowRules: false,
            ColumnGap: Gap);

        return new Grid(context, [labelWidth, LayoutContext.Width - labelWidth], style, header: null);
    }
}
