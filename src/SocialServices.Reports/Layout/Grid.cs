using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>How a grid looks: the header row (if any), per-column styles and decoration.</summary>
internal sealed record GridStyle(
    TextStyle? HeaderStyle,
    IReadOnlyList<TextStyle> CellStyles,
    IReadOnlyList<CellAlignment> Alignments,
    float PaddingX,
    float PaddingY,
    bool Zebra,
    bool RowRules,
    float ColumnGap = 0f);

/// <summary>
/// Lays out rows of wrapped cells: the header row repeats on every page, a row that does not fit moves to the
/// next page, and a row taller than a whole page is split between its lines.
/// Used for tables and key-value blocks.
/// </summary>
internal sealed class Grid
{
    private readonly LayoutContext _context;
    private readonly IReadOnlyList<float> _widths;
    private readonly GridStyle _style;
    private readonly IReadOnlyList<IReadOnlyList<string>>? _header;
    private readonly float _headerHeight;

    public Grid(LayoutContext context, IReadOnlyList<float> widths, GridStyle style, IReadOnlyList<string>? header)
    {
        _context = context;
        _widths = widths;
        _style = style;
        if (header is not null && style.HeaderStyle is { } headerStyle)
        {
            _header = header.Select((text, c) => headerStyle.Wrap(text, TextWidth(c))).ToList();
            _headerHeight = (_header.Max(lines => lines.Count) * headerStyle.LineHeight) + (2 * style.PaddingY);
        }
    }

    /// <summary>The header and the first row (as much of it as fits on a page).</summary>
    public float LeadHeight(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        if (rows.Count == 0)
        {
            return _headerHeight;
        }

        var lineCount = rows[0].Select((text, c) => _style.CellStyles[c].Wrap(text, TextWidth(c)).Count).Max();
        return Math.Min(_headerHeight + RowHeight(lineCount), Theme.ContentHeight);
    }

    public void Layout(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var wrapped = rows.Select(row => row.Select((text, c) => _style.CellStyles[c].Wrap(text, TextWidth(c))).ToList()).ToList();

        // The header never stands alone at the bottom of a page: it starts where the first row fits too
        // (or, for a row taller than a page, its first line).
        var firstRow = wrapped.Count > 0 ? RowHeight(wrapped[0].Max(lines => lines.Count)) : 0f;
        if (firstRow > Theme.ContentHeight - _headerHeight)
        {
            firstRow = RowHeight(1);
        }

        _context.EnsureSpace(_headerHeight + firstRow);
        DrawHeader();

        for (var r = 0; r < wrapped.Count; r++)
        {
            var cells = wrapped[r];
            var lineCount = cells.Max(lines => lines.Count);
            var height = RowHeight(lineCount);
            if (_context.Fits(height))
            {
                DrawRow(r, cells, 0, lineCount);
                continue;
            }

            if (height <= Theme.ContentHeight - _headerHeight)
            {
                ContinueOnNewPage();
                DrawRow(r, cells, 0, lineCount);
                continue;
            }

            // Taller than a page: split between lines, starting here if at least one line fits.
            var start = 0;
            while (start < lineCount)
            {
                var fitting = (int)Math.Floor((_context.Remaining - (2 * _style.PaddingY) + 0.01f) / LineHeight);
                if (fitting < 1)
                {
                    ContinueOnNewPage();
                    fitting = Math.Max(1, (int)Math.Floor((_context.Remaining - (2 * _style.PaddingY) + 0.01f) / LineHeight));
                }

                var count = Math.Min(fitting, lineCount - start);
                DrawRow(r, cells, start, count);
                start += count;
                if (start < lineCount)
                {
                    ContinueOnNewPage();
                }
            }
        }
    }

    /// <summary>Line height of the body rows (the tallest of the column styles).</summary>
    private float LineHeight => _style.CellStyles.Max(s => s.LineHeight);

    private float TextWidth(int column) =>
        Math.Max(1f, _widths[column] - (2 * _style.PaddingX) - (column < _widths.Count - 1 ? _style.ColumnGap : 0f));

    private float RowHeight(int lineCount) => (lineCount * LineHeight) + (2 * _style.PaddingY);

    private void ContinueOnNewPage()
    {
        _context.NewPage();
        DrawHeader();
    }

    private void DrawHeader()
    {
        if (_header is null || _style.HeaderStyle is not { } headerStyle)
        {
            return;
        }

        var top = _context.Y;
        var rect = new SKRect(LayoutContext.Left, top, LayoutContext.Left + _widths.Sum(), top + _headerHeight);
        var header = _header;
        var widths = _widths;
        var style = _style;
        _context.Draw(canvas =>
        {
            Theme.Fill(canvas, rect, Theme.HeaderFill);
            var x = rect.Left;
            for (var c = 0; c < header.Count; c++)
            {
                for (var i = 0; i < header[c].Count; i++)
                {
                    var lineTop = top + style.PaddingY + (i * headerStyle.LineHeight);
                    headerStyle.Draw(canvas, header[c][i], x + style.PaddingX, TextWidth(c), lineTop, style.Alignments[c]);
                }

                x += widths[c];
            }

            Theme.HorizontalLine(canvas, rect.Left, rect.Right, rect.Bottom, Theme.StrongRule, 0.8f);
        });
        _context.Advance(_headerHeight);
    }

    /// <summary>Draws lines [start, start + count) of every cell of row <paramref name="rowIndex"/>.</summary>
    private void DrawRow(int rowIndex, List<IReadOnlyList<string>> cells, int start, int count)
    {
        var top = _context.Y;
        var height = RowHeight(count);
        var rect = new SKRect(LayoutContext.Left, top, LayoutContext.Left + _widths.Sum(), top + height);
        var widths = _widths;
        var style = _style;
        var lineHeight = LineHeight;
        _context.Draw(canvas =>
        {
            if (style.Zebra && rowIndex % 2 == 1)
            {
                Theme.Fill(canvas, rect, Theme.ZebraFill);
            }

            var x = rect.Left;
            for (var c = 0; c < cells.Count; c++)
            {
                var lines = cells[c];
                for (var i = start; i < Math.Min(lines.Count, start + count); i++)
                {
                    var lineTop = top + style.PaddingY + ((i - start) * lineHeight);
                    style.CellStyles[c].Draw(canvas, lines[i], x + style.PaddingX, TextWidth(c), lineTop, style.Alignments[c]);
                }

                x += widths[c];
            }

            if (style.RowRules)
            {
                Theme.HorizontalLine(canvas, rect.Left, rect.Right, rect.Bottom, Theme.Rule);
            }
        });
        _context.Advance(height);
    }
}
