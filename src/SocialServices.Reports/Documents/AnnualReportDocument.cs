using System.Globalization;
using ScottPlot;

namespace SocialServices.Reports.Documents;

/// <summary>A part of a section of the annual report: a paragraph, a table or a bar chart.</summary>
public abstract record AnnualPart;

/// <summary>A paragraph of text.</summary>
public sealed record AnnualParagraph(string Text) : AnnualPart;

/// <summary>A table with its columns and rows (a total row last, if any).</summary>
public sealed record AnnualTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows) : AnnualPart;

/// <summary>A bar chart: categories along the bottom, one bar per series in each category.</summary>
public sealed record AnnualBarChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> Series) : AnnualPart;

/// <summary>A numbered section of the report (its heading and parts in order).</summary>
public sealed record AnnualSection(string Heading, IReadOnlyList<AnnualPart> Parts);

/// <summary>
/// Input of <see cref="AnnualReportDocument"/>: the provider's annual report (002 §11.1.3), already in Latvian words.
/// </summary>
/// <param name="OrganisationName">The provider: heading and page header.</param>
/// <param name="OrganisationDetails">Registration number and address, if any.</param>
/// <param name="Title">E.g. "Pārskats par līguma Nr. JSLP-2025/37 izpildi 2026. gadā".</param>
/// <param name="About">Contract, municipality, period, version and the day the figures were computed.</param>
/// <param name="IsDraft">A draft carries "MELNRAKSTS" in its title block.</param>
/// <param name="Sections">The seven sections.</param>
/// <param name="SignedBy">The manager who marked it final (signature block), if any.</param>
/// <param name="GeneratedBy">Who exported it: page footer.</param>
/// <param name="GeneratedAt">When it was exported.</param>
public sealed record AnnualReportPdf(
    string OrganisationName,
    string? OrganisationDetails,
    string Title,
    IReadOnlyList<(string Label, string? Value)> About,
    bool IsDraft,
    IReadOnlyList<AnnualSection> Sections,
    string? SignedBy,
    string GeneratedBy,
    DateTimeOffset GeneratedAt);

/// <summary>Composes the annual provider report as a PDF: title block, the seven sections with tables and charts, signatures.</summary>
public static class AnnualReportDocument
{
    /// <summary>Written in the title block of a report not yet marked final.</summary>
    public const string DraftMark = "MELNRAKSTS — skaitļi vēl var mainīties";

    private static readonly Color[] Palette = [new(0x1f, 0x4e, 0x99), new(0xc0, 0x50, 0x1a), new(0x2e, 0x7d, 0x32), new(0x6a, 0x1b, 0x9a)];

    /// <summary>Composes the PDF.</summary>
    /// <returns>The PDF file.</returns>
    /// <exception cref="ArgumentException">The provider or title is empty, or a part is of an unknown kind.</exception>
    public static byte[] Compose(AnnualReportPdf report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.OrganisationName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Title);
        var document = new PdfReport(new ReportInfo(report.Title, report.OrganisationName, report.GeneratedBy, report.GeneratedAt, Subject: "Pakalpojumu sniedzēja gada pārskats"));
        document.Heading(report.OrganisationName, 1);
        if (!string.IsNullOrWhiteSpace(report.OrganisationDetails))
        {
            document.Paragraph(report.OrganisationDetails.Trim());
        }

        document.Heading(report.Title, 2);
        if (report.IsDraft)
        {
            document.Paragraph(DraftMark);
        }

        document.KeyValues(report.About);
        foreach (var section in report.Sections)
        {
            document.Heading(section.Heading, 2);
            foreach (var part in section.Parts)
            {
                switch (part)
                {
                    case AnnualParagraph paragraph:
                        document.Paragraph(paragraph.Text);
                        break;
                    case AnnualTable table:
                        document.Table(table.Columns, table.Rows);
                        break;
                    case AnnualBarChart chart:
                        document.Chart(Bars(chart), 190f);
                        break;
                    default:
                        throw new ArgumentException("Unknown part of a report section.", nameof(report));
                }
            }
        }

        document.Spacing(18f).Paragraph("Pārskatu sagatavoja: " + (report.SignedBy ?? "______________________________"))
            .Paragraph("Paraksts: ______________________________    Datums: ________________");
        return document.Render();
    }

    /// <summary>A grouped bar chart with the categories as ticks and a legend when there is more than one series.</summary>
    private static Plot Bars(AnnualBarChart chart)
    {
        var plot = new Plot();
        var series = chart.Series.Count;
        var width = 0.8 / Math.Max(1, series);
        for (var s = 0; s < series; s++)
        {
            var (name, values) = chart.Series[s];
            for (var c = 0; c < chart.Categories.Count && c < values.Count; c++)
            {
                var bar = new Bar
                {
                    Position = c - 0.4 + (width * (s + 0.5)),
                    Value = values[c],
                    Size = width * 0.92,
                    FillColor = Palette[s % Palette.Length],
                    Label = values[c].ToString("0", CultureInfo.InvariantCulture),
                };
                plot.Add.Bar(bar);
            }

            if (series > 1)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = Palette[s % Palette.Length] });
            }
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            ticks.AddMajor(c, chart.Categories[c]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;

        // counts of people: whole-number ticks only, and room above the tallest bar for its label
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        var highest = chart.Series.SelectMany(x => x.Values).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, Math.Max(1, highest) * 1.18);
        plot.Title(chart.Title);
        if (series > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        return plot;
    }
}
