namespace SocialServices.Reports.Layout;

internal enum TextKind
{
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
}

/// <summary>A paragraph or heading: wrapped lines that flow across pages.</summary>
internal sealed class TextBlock(string text, TextKind kind) : IReportBlock
{
    /// <summary>What a heading keeps with it on its page when the next block does not say (two lines of text).</summary>
    private const float DefaultKeepWithNext = 28f;

    public float LeadHeight(LayoutContext context)
    {
        var (style, _, after) = Style(context.Styles);
        var lines = style.Wrap(text, LayoutContext.Width).Count;
        return kind == TextKind.Paragraph
            ? Math.Min(lines, 2) * style.LineHeight
            : (lines * style.LineHeight) + after + DefaultKeepWithNext;
    }

    public void Layout(LayoutContext context)
    {
        var (style, before, after) = Style(context.Styles);
        context.Space(before);
        var lines = style.Wrap(text, LayoutContext.Width);
        if (kind != TextKind.Paragraph)
        {
            // Never the last thing on a page: move to the next page with the start of what follows.
            var keep = context.Next?.LeadHeight(context) ?? 0f;
            keep = Math.Clamp(keep, DefaultKeepWithNext, Theme.ContentHeight / 2f);
            context.EnsureSpace((lines.Count * style.LineHeight) + after + keep);
        }

        foreach (var line in lines)
        {
            context.EnsureSpace(style.LineHeight);
            var top = context.Y;
            context.Draw(canvas => style.Draw(canvas, line, LayoutContext.Left, top));
            context.Advance(style.LineHeight);
        }

        if (kind == TextKind.Heading1)
        {
            var ruleY = context.Y + 3f;
            context.Draw(canvas => Theme.HorizontalLine(canvas, LayoutContext.Left, LayoutContext.Left + LayoutContext.Width, ruleY, Theme.Accent, 1f));
            context.Advance(4f);
        }

        context.Space(after);
    }

    private (TextStyle Style, float Before, float After) Style(ReportStyles styles) => kind switch
    {
        TextKind.Heading1 => (styles.Heading1, 6f, 10f),
        TextKind.Heading2 => (styles.Heading2, 12f, 6f),
        TextKind.Heading3 => (styles.Heading3, 10f, 4f),
        _ => (styles.Body, 0f, 8f),
    };
}
