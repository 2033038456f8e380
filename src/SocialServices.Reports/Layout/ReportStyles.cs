namespace SocialServices.Reports.Layout;

/// <summary>The text styles of one render; disposed when the render ends.</summary>
internal sealed class ReportStyles : IDisposable
{
    public TextStyle Body { get; } = new(ReportFonts.Regular, 10f, Theme.Text, 14f);

    public TextStyle Label { get; } = new(ReportFonts.Bold, 10f, Theme.Muted, 14f);

    public TextStyle Heading1 { get; } = new(ReportFonts.Bold, 16f, Theme.Accent, 21f);

    public TextStyle Heading2 { get; } = new(ReportFonts.Bold, 13f, Theme.Accent, 18f);

    public TextStyle Heading3 { get; } = new(ReportFonts.Bold, 11f, Theme.Text, 15f);

    public TextStyle TableHeader { get; } = new(ReportFonts.Bold, 9f, Theme.Accent, 12f);

    public TextStyle TableCell { get; } = new(ReportFonts.Regular, 9f, Theme.Text, 12f);

    public TextStyle PageHeader { get; } = new(ReportFonts.Regular, 8f, Theme.Muted, 11f);

    public TextStyle PageHeaderStrong { get; } = new(ReportFonts.Bold, 8f, Theme.Text, 11f);

    public void Dispose()
    {
        Body.Dispose();
        Label.Dispose();
        Heading1.Dispose();
        Heading2.Dispose();
        Heading3.Dispose();
        TableHeader.Dispose();
        TableCell.Dispose();
        PageHeader.Dispose();
        PageHeaderStrong.Dispose();
    }
}
