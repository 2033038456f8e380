using SocialServices.Domain.Assessments;

namespace SocialServices.Domain.Tests.Assessments;

public sealed class RadarChartTests
{
    private static readonly RadarFrame Frame = new(Width: 400, Radius: 100, LabelGap: 10, FontSize: 10, LineHeight: 12, LegendRowHeight: 20);

    private static readonly string[] Four = ["Pašaprūpe", "Mobilitāte", "Finanses", "Drošība"];

    private static RadarGeometry Chart(params RadarSeriesInput[] series) => RadarChart.Compute(Four, series, Frame);

    private static void Near(RadarPoint expected, RadarPoint? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.X, actual.Value.X, 2);
        Assert.Equal(expected.Y, actual.Value.Y, 2);
    }

    [Fact]
    public void Axes_start_at_the_top_and_go_clockwise_and_the_top_score_reaches_the_outer_ring()
    {
        var chart = Chart(new RadarSeriesInput("12.03.2026", [5, 5, 5, 5]));
        var c = chart.Centre;

        Assert.Equal([-90.0, 0.0, 90.0, 180.0], chart.Axes.Select(a => a.AngleDegrees));
        var points = chart.Series[0].Points;
        Near(new RadarPoint(c.X, c.Y - 100), points[0]);
        Near(new RadarPoint(c.X + 100, c.Y), points[1]);
        Near(new RadarPoint(c.X, c.Y + 100), points[2]);
        Near(new RadarPoint(c.X - 100, c.Y), points[3]);
        Assert.True(chart.Series[0].IsClosed);
        Assert.Equal(points.Select(p => p!.Value), Assert.Single(chart.Series[0].Outlines));
    }

    [Fact]
    public void A_score_is_drawn_at_its_share_of_the_maximum_so_the_lowest_score_is_still_a_shape()
    {
        var chart = Chart(new RadarSeriesInput("a", [1, 2, 3, 4]));
        var c = chart.Centre;

        Near(new RadarPoint(c.X, c.Y - 20), chart.Series[0].Points[0]);
        Near(new RadarPoint(c.X + 40, c.Y), chart.Series[0].Points[1]);
        Near(new RadarPoint(c.X, c.Y + 60), chart.Series[0].Points[2]);
        Near(new RadarPoint(c.X - 80, c.Y), chart.Series[0].Points[3]);
    }

    [Fact]
    public void Rings_are_at_every_whole_value_of_the_scale_with_one_vertex_per_axis()
    {
        var chart = Chart(new RadarSeriesInput("a", [3, 3, 3, 3]));

        Assert.Equal([1, 2, 3, 4, 5], chart.Rings.Select(r => r.Value));
        Assert.Equal([20.0, 40, 60, 80, 100], chart.Rings.Select(r => r.Radius));
        Assert.All(chart.Rings, r => Assert.Equal(4, r.Polygon.Count));
        Near(new RadarPoint(chart.Centre.X, chart.Centre.Y - 60), chart.Rings[2].Polygon[0]);
        Assert.Equal(chart.Rings[4].Polygon, chart.Axes.Select(a => a.End));
    }

    [Fact]
    public void Ten_domains_are_36_degrees_apart()
    {
        var labels = InstrumentSeed.FunctionalDomains;
        var chart = RadarChart.Compute(labels, [new RadarSeriesInput("a", labels.Select(_ => (int?)5).ToList())], RadarFrame.Standard);

        Assert.Equal(10, chart.Axes.Count);
        Assert.Equal(-54.0, chart.Axes[1].AngleDegrees, 6);
        var c = chart.Centre;
        var p = chart.Series[0].Points[1]!.Value;
        Assert.Equal(c.X + (170 * Math.Cos(-54 * Math.PI / 180)), p.X, 1);
        Assert.Equal(c.Y + (170 * Math.Sin(-54 * Math.PI / 180)), p.Y, 1);
    }

    [Fact]
    public void Labels_sit_outside_the_ring_anchored_away_from_the_centre()
    {
        var chart = Chart(new RadarSeriesInput("a", [3, 3, 3, 3]));
        var c = chart.Centre;

        Assert.Equal([RadarTextAnchor.Middle, RadarTextAnchor.Start, RadarTextAnchor.Middle, RadarTextAnchor.End], chart.Axes.Select(a => a.Anchor));
        Assert.True(chart.Axes[0].LabelLines[^1].Baseline.Y < c.Y - 100, "the top label is above the outer ring");
        Assert.True(chart.Axes[1].LabelLines[0].Baseline.X >= c.X + 110, "the right label starts beyond the gap");
        Assert.True(chart.Axes[2].LabelLines[0].Baseline.Y > c.Y + 110, "the bottom label is below the outer ring");
        Assert.True(chart.Axes[3].LabelLines[0].Baseline.X <= c.X - 110, "the left label ends before the gap");
        Assert.True(chart.Axes.SelectMany(a => a.LabelLines).All(l => l.Baseline.Y > 0 && l.Baseline.Y < chart.Height));
    }

    [Fact]
    public void Long_labels_break_into_two_lines_at_the_space_nearest_the_middle()
    {
        Assert.Equal(["Pašaprūpe"], RadarChart.LabelLines("Pašaprūpe"));
        Assert.Equal(["Emocionālā labklājība"], RadarChart.LabelLines("Emocionālā labklājība"));
        Assert.Equal(["Saskarsme ar", "bērniem un skolu"], RadarChart.LabelLines("Saskarsme ar bērniem un skolu"));
        Assert.Equal(["Pašvaldībasiestādesdarbinieks"], RadarChart.LabelLines("Pašvaldībasiestādesdarbinieks"));
    }

    [Fact]
    public void Earlier_assessments_overlay_as_further_series_with_a_legend_row_each()
    {
        var chart = Chart(
            new RadarSeriesInput("12.03.2026 (šis novērtējums)", [4, 4, 3, 5]),
            new RadarSeriesInput("10.09.2025", [2, 3, 2, 4]),
            new RadarSeriesInput("05.03.2025", [1, 2, 1, 3]));
        var c = chart.Centre;

        Assert.Equal(3, chart.Series.Count);
        Near(new RadarPoint(c.X, c.Y - 80), chart.Series[0].Points[0]);
        Near(new RadarPoint(c.X, c.Y - 40), chart.Series[1].Points[0]);
        Near(new RadarPoint(c.X, c.Y - 20), chart.Series[2].Points[0]);
        Assert.Equal(["12.03.2026 (šis novērtējums)", "10.09.2025", "05.03.2025"], chart.Legend.Select(l => l.Label));
        Assert.Equal([0, 1, 2], chart.Legend.Select(l => l.SeriesIndex));
        var rows = chart.Legend.Select(l => l.SampleStart.Y).ToList();
        Assert.Equal(20.0, rows[1] - rows[0], 6);
        Assert.True(rows[0] > c.Y + 100 + 10, "the legend is under the chart");
        Assert.True(chart.Legend[^1].TextBaseline.Y < chart.Height);
    }

    [Fact]
    public void An_unscored_domain_breaks_the_outline_and_leaves_no_point()
    {
        var chart = Chart(new RadarSeriesInput("a", [4, null, 3, 5]));

        var series = chart.Series[0];
        Assert.False(series.IsClosed);
        Assert.Null(series.Points[1]);

        // Axes 2 and 3 run on into axis 0 across the top.
        var outline = Assert.Single(series.Outlines);
        Assert.Equal([series.Points[2]!.Value, series.Points[3]!.Value, series.Points[0]!.Value], outline);
    }

    [Fact]
    public void Isolated_scores_are_separate_runs()
    {
        var chart = Chart(new RadarSeriesInput("a", [null, 2, null, 5]));

        Assert.Equal(2, chart.Series[0].Outlines.Count);
        Assert.All(chart.Series[0].Outlines, o => Assert.Single(o));
    }

    [Fact]
    public void The_same_scores_give_the_same_geometry()
    {
        var a = Chart(new RadarSeriesInput("a", [4, 2, 3, 5]), new RadarSeriesInput("b", [1, 1, 1, 1]));
        var b = Chart(new RadarSeriesInput("a", [4, 2, 3, 5]), new RadarSeriesInput("b", [1, 1, 1, 1]));

        Assert.Equal(a.Series.SelectMany(s => s.Points), b.Series.SelectMany(s => s.Points));
        Assert.Equal(a.Height, b.Height);
    }

    [Fact]
    public void Fewer_than_three_axes_values_outside_the_scale_or_a_wrong_count_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RadarChart.Compute(["a", "b"], [new RadarSeriesInput("x", [1, 2])], Frame));
        Assert.Throws<ArgumentOutOfRangeException>(() => Chart(new RadarSeriesInput("x", [0, 2, 3, 4])));
        Assert.Throws<ArgumentOutOfRangeException>(() => Chart(new RadarSeriesInput("x", [6, 2, 3, 4])));
        Assert.Throws<ArgumentException>(() => Chart(new RadarSeriesInput("x", [1, 2, 3])));
    }
}
