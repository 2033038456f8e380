using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SocialServices.Reports.Tests;

/// <summary>Reads a rendered PDF back with PdfPig: text and word positions per page.</summary>
internal sealed class PdfReader : IDisposable
{
    private readonly PdfDocument _document;

    public PdfReader(byte[] pdf)
    {
        _document = PdfDocument.Open(pdf);
        Pages = _document.GetPages().ToList();
    }

    public IReadOnlyList<Page> Pages { get; }

    public PdfDocument Document => _document;

    /// <summary>The words of a page in drawing order, joined by single spaces.</summary>
    public static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    public IReadOnlyList<string> PageTexts() => Pages.Select(Text).ToList();

    /// <summary>All words of all pages, with their page number (1-based).</summary>
    public IEnumerable<(int Page, Word Word)> Words() =>
        Pages.SelectMany(page => page.GetWords().Select(word => (page.Number, word)));

    /// <summary>The first word equal to <paramref name="text"/>; fails the test if there is none.</summary>
    public (int Page, Word Word) Find(string text)
    {
        var found = Words().Where(w => w.Word.Text == text).ToList();
        Assert.True(found.Count > 0, $"'{text}' not found in the PDF.");
        return found[0];
    }

    /// <summary>
    /// Reads table rows back from one page: each row starts at the word in <paramref name="rowKeys"/> (first column)
    /// and ends where the next one starts; cells are split at the left edges of the header words.
    /// Cell text is its words in reading order (line by line), joined by spaces.
    /// </summary>
    public static Dictionary<string, string[]> TableRows(Page page, IReadOnlyList<string> headerWords, IReadOnlyList<string> rowKeys)
    {
        var words = page.GetWords().ToList();
        var lefts = headerWords.Select(h => words.First(w => w.Text == h).BoundingBox.Left - 2).ToList();
        var anchors = rowKeys.Select(key => words.First(w => w.Text == key)).OrderByDescending(w => w.BoundingBox.Top).ToList();
        var rows = new Dictionary<string, string[]>();
        for (var r = 0; r < anchors.Count; r++)
        {
            var top = anchors[r].BoundingBox.Top + 2;
            var bottom = r + 1 < anchors.Count ? anchors[r + 1].BoundingBox.Top + 2 : 60;
            var inRow = words.Where(w => w.BoundingBox.Top <= top && w.BoundingBox.Top > bottom).ToList();
            rows[anchors[r].Text] = lefts.Select((left, c) =>
            {
                var right = c + 1 < lefts.Count ? lefts[c + 1] : double.MaxValue;
                var cell = inRow
                    .Where(w => w.BoundingBox.Left >= left && w.BoundingBox.Left < right)
                    .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
                    .ThenBy(w => w.BoundingBox.Left);
                return string.Join(" ", cell.Select(w => w.Text));
            }).ToArray();
        }

        return rows;
    }

    public void Dispose() => _document.Dispose();
}
