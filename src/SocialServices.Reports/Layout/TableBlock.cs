namespace SocialServices.Reports.Layout;

/// <summary>A table with a header row, relative column widths, zebra rows and light rules.</summary>
internal sealed class TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string?>> rows) : IReportBlock
{
    public float LeadHeight(LayoutContext context) => CreateGrid(context).LeadHeight(rows);

    public void Layout(LayoutContext context)
    {
        CreateGrid(context).Layout(rows);
        context.Space(12f);
    }

    private Grid CreateGrid(LayoutContext context)
    {
        var styles = context.Styles;
        var total = columns.Sum(c => c.Width);
        var widths = columns.Select(c => LayoutContext.Width * c.Width / total).ToList();
        var style = new GridStyle(
            styles.TableHeader,
            columns.Select(_ => styles.TableCell).ToList(),
            columns.Select(c => c.Alignment).ToList(),
            PaddingX: 5f,
            PaddingY: 4f,
            Zebra: true,
            RowRules: true);

        return new Grid(context, widths, style, columns.Select(c => c.Header).ToList());
    }
}
