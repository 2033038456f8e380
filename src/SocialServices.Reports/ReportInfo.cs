namespace SocialServices.Reports;

/// <summary>
/// What every page of a report shows in its header and footer, and what goes into the PDF metadata.
/// </summary>
/// <param name="Title">Document title: page header and PDF title.</param>
/// <param name="Organisation">Organisation name: page header.</param>
/// <param name="GeneratedBy">The user who generated the report: page footer (and PDF author unless <paramref name="Author"/> is given).</param>
/// <param name="GeneratedAt">When the report was generated: page footer (shown in Latvian time) and PDF creation date.</param>
/// <param name="Subject">Optional PDF subject.</param>
/// <param name="Author">Optional PDF author; defaults to <paramref name="GeneratedBy"/>.</param>
public sealed record ReportInfo(
    string Title,
    string Organisation,
    string GeneratedBy,
    DateTimeOffset GeneratedAt,
    string? Subject = null,
    string? Author = null);
