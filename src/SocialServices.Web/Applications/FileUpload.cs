using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialServices.Web.Applications;

/// <summary>Why an uploaded file is refused.</summary>
public enum FileUploadError
{
    Empty = 1,
    TooLarge = 2,

    /// <summary>The name's extension is not one of the allowed kinds.</summary>
    ExtensionNotAllowed = 3,

    /// <summary>The bytes are not what the extension says (a disguised or damaged file).</summary>
    ContentMismatch = 4,
}

/// <summary>An upload that passed the checks: its bytes, a safe display name, the content type and the SHA-256 (hex).</summary>
public sealed record CheckedFile(byte[] Content, string FileName, string ContentType, string Sha256);

/// <summary>
/// The checks on a document file uploaded with an application: at most 10 MB, not empty, one of PDF, PNG, JPEG, DOCX,
/// ODT and the Latvian e-signature containers EDOC/ASiC-E, with the extension AND the first bytes agreeing (a renamed
/// executable or an image called ".pdf" is refused). The original name is kept only as display text, cleaned; the
/// content type is ours, never the browser's.
/// </summary>
public static class FileUpload
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The request may carry the file plus the other fields and the multipart framing. Twice the file limit, so that a file a
    /// little too large still reaches the page and gets a message next to the field (a larger request is refused outright).
    /// </summary>
    public const long MaxRequestBytes = 2 * MaxBytes;

    public const int MaxFileNameLength = 255;

    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, (byte[] Signature, string ContentType)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (Pdf, "application/pdf"),
        [".png"] = (Png, "image/png"),
        [".jpg"] = (Jpeg, "image/jpeg"),
        [".jpeg"] = (Jpeg, "image/jpeg"),
        [".docx"] = (Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".odt"] = (Zip, "application/vnd.oasis.opendocument.text"),
        [".edoc"] = (Zip, "application/vnd.etsi.asic-e+zip"),
        [".asice"] = (Zip, "application/vnd.etsi.asic-e+zip"),
    };

    /// <summary>The extensions offered in the file picker (<c>accept</c>).</summary>
    public static string Accept { get; } = string.Join(",", Kinds.Keys);

    /// <summary>Reads and checks an upload. <paramref name="length"/> is checked before anything is read.</summary>
    public static async Task<(CheckedFile? File, FileUploadError? Error)> CheckAsync(string? fileName, long length, Func<Stream> open, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (length <= 0)
        {
            return (null, FileUploadError.Empty);
        }

        if (length > MaxBytes)
        {
            return (null, FileUploadError.TooLarge);
        }

        var name = SafeName(fileName);
        var extension = Path.GetExtension(name);
        if (!Kinds.TryGetValue(extension, out var kind))
        {
            return (null, FileUploadError.ExtensionNotAllowed);
        }

        byte[] content;
        await using (var stream = open())
        using (var buffer = new MemoryStream())
        {
            // Never trust the declared length alone: stop reading one byte past the limit.
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                {
                    return (null, FileUploadError.TooLarge);
                }
            }

            content = buffer.ToArray();
        }

        if (content.Length == 0)
        {
            return (null, FileUploadError.Empty);
        }

        if (!content.AsSpan().StartsWith(kind.Signature))
        {
            return (null, FileUploadError.ContentMismatch);
        }

        return (new CheckedFile(content, name, kind.ContentType, Convert.ToHexStringLower(SHA256.HashData(content))), null);
    }

    /// <summary>
    /// The last path segment (either slash), without control characters, Unicode direction overrides and characters
    /// that mean something in a path or a header; at most 255 characters with the extension kept; "dokuments" when
    /// nothing is left.
    /// </summary>
    public static string SafeName(string? fileName)
    {
        var name = fileName ?? string.Empty;
        var cut = name.LastIndexOfAny(['/', '\\']);
        if (cut >= 0)
        {
            name = name[(cut + 1)..];
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or ';' ? '_' : c);
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length > 16 ? string.Empty : extension;
            clean = clean[..(MaxFileNameLength - extension.Length)] + extension;
        }

        if (Path.GetFileNameWithoutExtension(clean).Length == 0)
        {
            clean = "dokuments" + Path.GetExtension(clean).ToLower(CultureInfo.InvariantCulture);
        }

        return clean;
    }
}
