using System.Text;

namespace SocialServices.Web.Pages.Audit;

/// <summary>
/// CSV for Latvian Excel: UTF-8 with a byte order mark, semicolon-separated, CRLF line ends, RFC 4180 quoting.
/// A cell that a spreadsheet would read as a formula (starting with = + - @, tab or carriage return) gets a
/// leading apostrophe, so exported text can never run as a formula (CSV injection).
/// </summary>
public sealed class CsvFormat
{
    public const char Separator = ';';

    private static readonly char[] NeedsQuotes = [Separator, ',', '"', '\r', '\n'];

    private readonly StringBuilder _text = new();

    public CsvFormat Line(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(Separator);
            }

            _text.Append(Cell(cells[i]));
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>The file: byte order mark, then the lines in UTF-8.</summary>
    public byte[] ToBytes()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(_text.ToString())];
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
