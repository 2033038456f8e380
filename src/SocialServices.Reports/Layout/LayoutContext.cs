using SkiaSharp;

namespace SocialServices.Reports.Layout;

/// <summary>
/// First pass of a render: blocks place themselves top to bottom and record what to draw on which page.
/// Drawing happens in the second pass, once the page count is known (for "Lapa X no Y").
/// </summary>
internal sealed class LayoutContext : IDisposable
{
    private const float Epsilon = 0.01f;

    private readonly List<List<Action<SKCanvas>>> _pages = [];
    private readonly List<IDisposable> _owned = [];

    public LayoutContext(ReportStyles styles)
    {
        Styles = styles;
        NewPage();
    }

    public ReportStyles Styles { get; }

    /// <summary>The block after the one being laid out, if any (for keeping a heading with what follows).</summary>
    public IReportBlock? Next { get; set; }

    /// <summary>Top of the free space on the current page.</summary>
    public float Y { get; private set; }

    public static float Left => Theme.ContentLeft;

    public static float Width => Theme.ContentWidth;

    public float Remaining => Theme.ContentBottom - Y;

    public bool AtPageTop => Y <= Theme.ContentTop + Epsilon;

    public bool Fits(float height) => height <= Remaining + Epsilon;

    public void NewPage()
    {
        _pages.Add([]);
        Y = Theme.ContentTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits here or this page is still empty.</summary>
    public void EnsureSpace(float height)
    {
        if (!Fits(height) && !AtPageTop)
        {
            NewPage();
        }
    }

    public void Advance(float height) => Y += height;

    /// <summary>Vertical space between blocks; dropped at the top of a page.</summary>
    public void Space(float height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, Theme.ContentBottom);
        }
    }

    public void Draw(Action<SKCanvas> draw) => _pages[^1].Add(draw);

    /// <summary>Keeps a native object alive until the render has drawn everything.</summary>
    public T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>The pages with their drawing, without trailing empty pages (but at least one page).</summary>
    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages()
    {
        var count = _pages.Count;
        while (count > 1 && _pages[count - 1].Count == 0)
        {
            count--;
        }

        return _pages.Take(count).ToList();
    }

    public void Dispose()
    {
        foreach (var disposable in _owned)
        {
            disposable.Dispose();
        }
    }
}
