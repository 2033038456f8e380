using SocialServices.Domain.Connections;

namespace SocialServices.Domain.Tests.Connections;

public sealed class EcomapTests
{
    private static List<EcomapItem> Items(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new EcomapItem("k" + i, (ConnectionKind)(1 + (i % 13)), "Iestāde " + i, (ConnectionStrength)(1 + (i % 4)), (SupportDirection)(1 + (i % 3))))
            .ToList();

    [Theory]
    [InlineData(ConnectionStrength.Strong, EcomapLineStyle.Thick)]
    [InlineData(ConnectionStrength.Moderate, EcomapLineStyle.Thin)]
    [InlineData(ConnectionStrength.Weak, EcomapLineStyle.Dashed)]
    [InlineData(ConnectionStrength.Stressful, EcomapLineStyle.ZigZag)]
    public void Each_strength_has_its_line_style(ConnectionStrength strength, EcomapLineStyle style) =>
        Assert.Equal(style, Ecomap.LineStyleOf(strength));

    [Fact]
    public void Arrows_point_the_way_support_flows()
    {
        Assert.Equal((true, false), Ecomap.ArrowsOf(SupportDirection.ToClient));
        Assert.Equal((false, true), Ecomap.ArrowsOf(SupportDirection.FromClient));
        Assert.Equal((true, true), Ecomap.ArrowsOf(SupportDirection.Mutual));
    }

    [Fact]
    public void The_first_connection_is_straight_above_the_centre_and_the_rest_follow_clockwise_at_equal_angles()
    {
        var layout = Ecomap.Layout(Items(4));
        var c = layout.Centre;
        var r = layout.RingRadius;

        Assert.Equal([0d, 90d, 180d, 270d], layout.Nodes.Select(n => n.Angle));
        AssertNear(new DiagramPoint(c.X, c.Y - r), layout.Nodes[0].Centre);
        AssertNear(new DiagramPoint(c.X + r, c.Y), layout.Nodes[1].Centre);
        AssertNear(new DiagramPoint(c.X, c.Y + r), layout.Nodes[2].Centre);
        AssertNear(new DiagramPoint(c.X - r, c.Y), layout.Nodes[3].Centre);
        Assert.Equal(["k0", "k1", "k2", "k3"], layout.Nodes.Select(n => n.Item.Key));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    public void Connections_never_overlap_each_other_or_the_centre_and_stay_inside_the_drawing(int count)
    {
        var layout = Ecomap.Layout(Items(count));
        var m = EcomapMetrics.Default;

        foreach (var node in layout.Nodes)
        {
            Assert.Equal(layout.RingRadius, node.Centre.DistanceTo(layout.Centre), tolerance: 0.05);
            Assert.True(node.Centre.DistanceTo(layout.Centre) >= layout.CentreRadius + layout.NodeRadius + m.MinLineLength - 0.01);
            Assert.InRange(node.Centre.X - layout.NodeRadius, 0, layout.Width);
            Assert.InRange(node.Centre.X + layout.NodeRadius, 0, layout.Width);
            Assert.InRange(node.Centre.Y - layout.NodeRadius, 0, layout.Height);
            Assert.InRange(node.Centre.Y + layout.NodeRadius, 0, layout.Height);
        }

        foreach (var (a, b) in layout.Nodes.SelectMany((a, i) => layout.Nodes.Skip(i + 1).Select(b => (a, b))))
        {
            Assert.True(a.Centre.DistanceTo(b.Centre) >= (2 * layout.NodeRadius) + m.Gap - 0.05, $"{a.Item.Key} and {b.Item.Key} overlap");
        }
    }

    [Fact]
    public void The_ring_grows_with_the_number_of_connections()
    {
        var m = EcomapMetrics.Default;
        Assert.Equal(m.MinRingRadius, Ecomap.RingRadius(6, m));
        Assert.True(Ecomap.RingRadius(15, m) > Ecomap.RingRadius(12, m));
        Assert.True(Ecomap.RingRadius(12, m) > m.MinRingRadius);
    }

    [Fact]
    public void A_line_runs_from_the_edge_of_the_centre_circle_to_the_edge_of_the_connection_circle()
    {
        var layout = Ecomap.Layout(Items(7));
        foreach (var node in layout.Nodes)
        {
            Assert.Equal(layout.CentreRadius, node.LineFrom.DistanceTo(layout.Centre), tolerance: 0.05);
            Assert.Equal(layout.NodeRadius, node.LineTo.DistanceTo(node.Centre), tolerance: 0.05);
            Assert.Equal(layout.RingRadius - layout.CentreRadius - layout.NodeRadius, node.LineFrom.DistanceTo(node.LineTo), tolerance: 0.05);
        }
    }

    [Fact]
    public void No_connections_leave_the_centre_alone()
    {
        var layout = Ecomap.Layout([]);
        Assert.Empty(layout.Nodes);
        Assert.Equal(layout.Width / 2, layout.Centre.X);
        Assert.True(layout.Width >= 2 * layout.CentreRadius);
    }

    [Fact]
    public void A_zig_zag_starts_and_ends_straight_and_swings_to_both_sides_of_the_line()
    {
        var from = new DiagramPoint(0, 0);
        var to = new DiagramPoint(200, 0);
        var points = Ecomap.ZigZag(from, to, amplitude: 6, wavelength: 16, straight: 20);

        Assert.Equal(from, points[0]);
        Assert.Equal(to, points[^1]);
        Assert.Equal(new DiagramPoint(20, 0), points[1]);
        Assert.Equal(new DiagramPoint(180, 0), points[^2]);
        var teeth = points.Skip(2).SkipLast(2).ToList();
        Assert.True(teeth.Count >= 10);
        Assert.All(teeth, p => Assert.Equal(6, Math.Abs(p.Y), 2));
        Assert.Contains(teeth, p => p.Y > 0);
        Assert.Contains(teeth, p => p.Y < 0);
        Assert.Equal(teeth.OrderBy(p => p.X), teeth);
    }

    [Fact]
    public void A_zig_zag_too_short_for_teeth_is_a_straight_line()
    {
        var points = Ecomap.ZigZag(new DiagramPoint(0, 0), new DiagramPoint(30, 40), 6, 16, 20);
        Assert.Equal(2, points.Count);
    }

    private static void AssertNear(DiagramPoint expected, DiagramPoint actual)
    {
        Assert.Equal(expected.X, actual.X, 1);
        Assert.Equal(expected.Y, actual.Y, 1);
    }
}
