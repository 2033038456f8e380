using SocialServices.Domain.Reporting;

namespace SocialServices.Web.Pages.Reports;

/// <summary>The figures of a report for the preview partial; <see cref="ReportId"/> null renders numbers without links.</summary>
public sealed record FiguresModel(AnnualFigures Figures, int? ReportId);
