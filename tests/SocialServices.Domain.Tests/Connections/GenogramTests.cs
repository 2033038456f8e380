using SocialServices.Domain.Clients;
using SocialServices.Domain.Connections;

namespace SocialServices.Domain.Tests.Connections;

public sealed class GenogramTests
{
    private static readonly GenogramMetrics M = GenogramMetrics.Default;

    private static GenogramPerson P(string key, Gender? gender, int? year) => new(key, "Persona " + key, gender, year, year is null ? null : 2026 - year);

    private static GenogramRelative R(string key, GenogramTie tie, Gender? gender = null, int? year = null, bool household = false, bool legal = false, bool ended = false) =>
        new(P(key, gender, year), tie, household, legal, ended);

    private static GenogramLayout Layout(GenogramPerson index, params GenogramRelative[] relatives) =>
        Genogram.Layout(new GenogramInput(index, relatives, []));

    private static GenogramNode Node(GenogramLayout layout, string key) => layout.Nodes.Single(n => n.Person.Key == key);

    private static double Y(GenogramLayout layout, int generation) => layout.Nodes.First(n => n.Generation == generation).Centre.Y;

    [Theory]
    [InlineData(GenogramTie.Parent, null, -1)]
    [InlineData(GenogramTie.Guardian, null, -1)]
    [InlineData(GenogramTie.FosterParent, null, -1)]
    [InlineData(GenogramTie.Partner, null, 0)]
    [InlineData(GenogramTie.Sibling, null, 0)]
    [InlineData(GenogramTie.Child, null, 1)]
    [InlineData(GenogramTie.Ward, null, 1)]
    [InlineData(GenogramTie.FosterChild, null, 1)]
    [InlineData(GenogramTie.OtherRelative, null, 0)]
    [InlineData(GenogramTie.OtherRelative, 1940, -2)]
    [InlineData(GenogramTie.OtherRelative, 1960, -1)]
    [InlineData(GenogramTie.OtherRelative, 1990, 0)]
    [InlineData(GenogramTie.HouseholdMember, 2010, 1)]
    [InlineData(GenogramTie.HouseholdMember, 2035, 2)]
    public void Generations_follow_the_tie_or_the_age_difference(GenogramTie tie, int? year, int generation) =>
        Assert.Equal(generation, Genogram.GenerationOf(tie, year, 1985));

    [Theory]
    [InlineData(RelationKind.Parent, GenogramTie.Parent, GenogramTie.Child)]
    [InlineData(RelationKind.Child, GenogramTie.Child, GenogramTie.Parent)]
    [InlineData(RelationKind.Guardian, GenogramTie.Guardian, GenogramTie.Ward)]
    [InlineData(RelationKind.FosterParent, GenogramTie.FosterParent, GenogramTie.FosterChild)]
    [InlineData(RelationKind.SpousePartner, GenogramTie.Partner, GenogramTie.Partner)]
    [InlineData(RelationKind.Sibling, GenogramTie.Sibling, GenogramTie.Sibling)]
    [InlineData(RelationKind.OtherRelative, GenogramTie.OtherRelative, GenogramTie.OtherRelative)]
    [InlineData(RelationKind.HouseholdMember, GenogramTie.HouseholdMember, GenogramTie.HouseholdMember)]
    public void A_relation_is_read_from_either_side(RelationKind kind, GenogramTie own, GenogramTie inverse)
    {
        Assert.Equal(own, Genogram.TieOf(kind));
        Assert.Equal(inverse, Genogram.InverseTieOf(kind));
    }

    [Fact]
    public void Generations_are_rows_from_the_parents_down_to_the_children()
    {
        var layout = Layout(P("i", Gender.Female, 1985),
            R("mother", GenogramTie.Parent, Gender.Female, 1960), R("child", GenogramTie.Child, Gender.Male, 2012), R("grandma", GenogramTie.OtherRelative, Gender.Female, 1935));

        Assert.Equal([-2, -1, 0, 1], layout.Generations);
        Assert.Equal(M.Row, Y(layout, -1) - Y(layout, -2));
        Assert.Equal(M.Row, Y(layout, 0) - Y(layout, -1));
        Assert.Equal(M.Row, Y(layout, 1) - Y(layout, 0));
        Assert.True(Node(layout, "i").IsIndex);
        Assert.Null(Node(layout, "i").Tie);
    }

    [Fact]
    public void Parents_are_a_couple_father_left_mother_right_over_the_middle_of_their_children_in_birth_order()
    {
        var layout = Layout(P("i", Gender.Male, 2012),
            R("mother", GenogramTie.Parent, Gender.Female, 1986), R("father", GenogramTie.Parent, Gender.Male, 1984),
            R("older", GenogramTie.Sibling, Gender.Female, 2009), R("younger", GenogramTie.Sibling, Gender.Male, 2016));

        var (father, mother) = (Node(layout, "father"), Node(layout, "mother"));
        Assert.True(father.Centre.X < mother.Centre.X);
        Assert.Equal(["older", "i", "younger"], layout.Nodes.Where(n => n.Generation == 0).OrderBy(n => n.Centre.X).Select(n => n.Person.Key));

        var couple = layout.Lines.Single(l => l.Kind == GenogramLineKind.Partnership);
        Assert.Equal(father.Centre.X + M.Half, couple.Points[0].X);
        Assert.Equal(mother.Centre.X - M.Half, couple.Points[^1].X);
        Assert.All(couple.Points, p => Assert.Equal(father.Centre.Y, p.Y));

        // The drop from the middle of the couple's line, over the middle of the three children.
        var middle = (father.Centre.X + mother.Centre.X) / 2;
        var drop = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.Points[0] == new DiagramPoint(middle, father.Centre.Y));
        var children = layout.Nodes.Where(n => n.Generation == 0).ToList();
        Assert.Equal((children.Min(c => c.Centre.X) + children.Max(c => c.Centre.X)) / 2, middle, 3);
        var bar = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.PersonKey is null && l.Points[0].Y == drop.Points[^1].Y && l.Points.Count == 2 && l.Points[0].X != l.Points[1].X);
        Assert.Equal(children.Min(c => c.Centre.X), bar.Points.Min(p => p.X));
        Assert.Equal(children.Max(c => c.Centre.X), bar.Points.Max(p => p.X));
        foreach (var child in children)
        {
            var stem = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.PersonKey == child.Person.Key);
            Assert.Equal(child.Centre.X, stem.Points[0].X);
            Assert.Equal(bar.Points[0].Y, stem.Points[0].Y);
            Assert.Equal(child.Centre.Y - M.Half, stem.Points[^1].Y, 3);
        }
    }

    [Fact]
    public void With_three_parents_recorded_the_current_two_are_the_couple_and_the_third_has_a_line_of_their_own()
    {
        var layout = Layout(P("i", Gender.Male, 2014),
            R("father", GenogramTie.Parent, Gender.Male, 1986, ended: true), R("mother", GenogramTie.Parent, Gender.Female, 1988), R("stepfather", GenogramTie.Parent, Gender.Male, 1984));

        var couple = layout.Lines.Single(l => l.Kind == GenogramLineKind.Partnership);
        Assert.Equal(Node(layout, "stepfather").Centre.X + M.Half, couple.Points[0].X);
        Assert.Equal(Node(layout, "mother").Centre.X - M.Half, couple.Points[^1].X);
        Assert.False(couple.Ended);
        var own = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.PersonKey == "father");
        Assert.True(own.Ended);
        Assert.True(Node(layout, "father").Centre.X > Node(layout, "mother").Centre.X);
    }

    [Fact]
    public void Without_partners_the_client_stands_among_the_siblings_in_birth_order()
    {
        var layout = Layout(P("i", Gender.Female, 2010),
            R("a", GenogramTie.Sibling, Gender.Male, 2005), R("b", GenogramTie.Sibling, Gender.Male, 2014), R("c", GenogramTie.Sibling, null, null));
        Assert.Equal(["a", "i", "b", "c"], layout.Nodes.OrderBy(n => n.Centre.X).Select(n => n.Person.Key));
        // Siblings without recorded parents still share a bar.
        Assert.Equal(4, layout.Lines.Count(l => l.Kind == GenogramLineKind.Descent && l.PersonKey is not null));
    }

    [Fact]
    public void The_current_partner_stands_right_of_the_client_a_former_one_left_with_the_line_marked_separated()
    {
        var layout = Layout(P("i", Gender.Female, 1985),
            R("now", GenogramTie.Partner, Gender.Male, 1983), R("before", GenogramTie.Partner, Gender.Male, 1980, ended: true),
            R("sister", GenogramTie.Sibling, Gender.Female, 1988));
        var (index, now, before) = (Node(layout, "i"), Node(layout, "now"), Node(layout, "before"));

        Assert.Equal(index.Centre.X + M.Column, now.Centre.X);
        Assert.Equal(index.Centre.X - M.Column, before.Centre.X);
        Assert.True(Node(layout, "sister").Centre.X < before.Centre.X);

        var current = layout.Lines.Single(l => l.Kind == GenogramLineKind.Partnership && l.PersonKey == "now");
        Assert.False(current.Ended);
        Assert.Null(current.SeparationMark);
        var former = layout.Lines.Single(l => l.Kind == GenogramLineKind.Partnership && l.PersonKey == "before");
        Assert.True(former.Ended);
        // A third of the way along: the middle is where the children's line would start.
        Assert.Equal(new DiagramPoint(former.Points[0].X + ((former.Points[1].X - former.Points[0].X) / 3), index.Centre.Y), former.SeparationMark);
    }

    [Fact]
    public void Children_hang_from_the_line_of_the_couple_they_belong_to()
    {
        var index = P("i", Gender.Female, 1985);
        var relatives = new[]
        {
            R("now", GenogramTie.Partner, Gender.Male, 1983), R("before", GenogramTie.Partner, Gender.Male, 1980, ended: true),
            R("older", GenogramTie.Child, Gender.Male, 2006), R("baby", GenogramTie.Child, Gender.Female, 2024),
        };
        var layout = Genogram.Layout(new GenogramInput(index, relatives, [new GenogramParentLink("before", "older")]));
        var (i, now, before) = (Node(layout, "i"), Node(layout, "now"), Node(layout, "before"));
        var y0 = i.Centre.Y;

        var formerDrop = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.Points[0] == new DiagramPoint((before.Centre.X + i.Centre.X) / 2, y0));
        var currentDrop = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.Points[0] == new DiagramPoint((now.Centre.X + i.Centre.X) / 2, y0));
        Assert.Equal(formerDrop.Points[0].X, Node(layout, "older").Centre.X);
        Assert.Equal(currentDrop.Points[0].X, Node(layout, "baby").Centre.X);
    }

    [Fact]
    public void A_single_parent_s_children_hang_from_a_line_out_of_the_parent_s_side()
    {
        var layout = Layout(P("i", Gender.Male, 2015), R("mother", GenogramTie.Parent, Gender.Female, 1990, household: true, legal: true));
        var mother = Node(layout, "mother");
        var drop = layout.Lines.Single(l => l.Kind == GenogramLineKind.Descent && l.PersonKey == "mother");
        Assert.Equal(new DiagramPoint(mother.Centre.X + M.Half, mother.Centre.Y), drop.Points[0]);
        Assert.Equal(mother.Centre.X + (M.Column / 2), drop.Points[^1].X);
        Assert.True(mother.IsLegalRepresentative);
        Assert.True(mother.InHousehold);
    }

    [Fact]
    public void Guardians_and_foster_children_are_joined_with_care_lines()
    {
        var child = Layout(P("i", Gender.Female, 2014), R("mother", GenogramTie.Parent, Gender.Female, 1990), R("aunt", GenogramTie.Guardian, Gender.Female, 1975, household: true));
        var index = Node(child, "i");
        var care = child.Lines.Where(l => l.Kind == GenogramLineKind.Care).ToList();
        Assert.Contains(care, l => l.PersonKey == "aunt");
        var stem = care.Single(l => l.PersonKey == "i");
        Assert.Equal(index.Centre.X + (M.Half / 2), stem.Points[0].X);
        Assert.True(stem.Points[^1].Y < index.Centre.Y);

        var adult = Layout(P("i", Gender.Male, 1970), R("wife", GenogramTie.Partner, Gender.Female, 1972), R("foster", GenogramTie.FosterChild, Gender.Male, 2012));
        Assert.Single(adult.Lines, l => l.Kind == GenogramLineKind.Care && l.PersonKey == "foster");
    }

    [Fact]
    public void An_ended_relation_is_drawn_separated()
    {
        var layout = Layout(P("i", Gender.Female, 1985), R("son", GenogramTie.Child, Gender.Male, 2008, ended: true), R("daughter", GenogramTie.Child, Gender.Female, 2010));
        var son = layout.Lines.Single(l => l.PersonKey == "son");
        Assert.True(son.Ended);
        Assert.NotNull(son.SeparationMark);
        Assert.True(Node(layout, "son").Ended);
        Assert.Null(layout.Lines.Single(l => l.PersonKey == "daughter").SeparationMark);
    }

    [Fact]
    public void A_person_named_twice_is_drawn_once_the_current_relation_winning()
    {
        var layout = Layout(P("i", Gender.Female, 1985), R("x", GenogramTie.Partner, Gender.Male, 1980, ended: true), R("x", GenogramTie.Partner, Gender.Male, 1980), R("i", GenogramTie.Sibling));
        Assert.Equal(2, layout.Nodes.Count);
        Assert.False(Node(layout, "x").Ended);
    }

    [Fact]
    public void The_household_encloses_those_who_live_with_the_client_and_nobody_else()
    {
        var layout = Layout(P("i", Gender.Female, 1985),
            R("father", GenogramTie.Parent, Gender.Male, 1955), R("mother", GenogramTie.Parent, Gender.Female, 1958, household: true),
            R("brother", GenogramTie.Sibling, Gender.Male, 1982),
            R("ex", GenogramTie.Partner, Gender.Male, 1980, ended: true),
            R("son", GenogramTie.Child, Gender.Male, 2010, household: true), R("daughter", GenogramTie.Child, Gender.Female, 2012),
            R("lodger", GenogramTie.HouseholdMember, null, 1990));

        Assert.NotEmpty(layout.Household);
        foreach (var node in layout.Nodes)
        {
            var inside = layout.Household.Any(r => r.Contains(node.Centre));
            Assert.True(node.InHousehold == inside, node.Person.Key + (node.InHousehold ? " should be inside" : " should be outside"));
        }

        Assert.True(Node(layout, "lodger").InHousehold);
    }

    [Fact]
    public void A_client_living_alone_has_no_household_outline_and_alone_no_lines()
    {
        var layout = Layout(P("i", null, null));
        Assert.Single(layout.Nodes);
        Assert.Empty(layout.Lines);
        Assert.Empty(layout.Household);
        Assert.True(layout.Width >= M.LabelWidth);
    }

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fifteen_people_of_every_kind_never_overlap_and_stay_inside_the_drawing(int seed)
    {
        var random = new Random(seed);
        var ties = Enum.GetValues<GenogramTie>();
        var relatives = Enumerable.Range(0, 14).Select(i =>
        {
            var tie = ties[random.Next(ties.Length)];
            Gender? gender = random.Next(3) switch { 0 => Gender.Male, 1 => Gender.Female, _ => null };
            int? year = random.Next(5) == 0 ? null : 1930 + random.Next(95);
            return R("r" + i, tie, gender, year, household: random.Next(2) == 0, ended: random.Next(4) == 0);
        }).ToArray();
        var links = relatives.Where(r => r.Tie == GenogramTie.Child).Select(r => new GenogramParentLink(relatives.FirstOrDefault(p => p.Tie == GenogramTie.Partner)?.Person.Key ?? "none", r.Person.Key)).ToList();

        var layout = Genogram.Layout(new GenogramInput(P("i", Gender.Female, 1980), relatives, links));

        Assert.Equal(15, layout.Nodes.Count);
        var bounds = layout.Nodes.Select(n => (n.Person.Key, Rect: n.Bounds(M))).ToList();
        foreach (var (a, b) in bounds.SelectMany((a, i) => bounds.Skip(i + 1).Select(b => (a, b))))
        {
            Assert.False(a.Rect.Overlaps(b.Rect), $"{a.Key} overlaps {b.Key}");
        }

        Assert.All(bounds, b =>
        {
            Assert.InRange(b.Rect.X, 0, layout.Width);
            Assert.InRange(b.Rect.Right, 0, layout.Width);
            Assert.InRange(b.Rect.Y, 0, layout.Height);
            Assert.InRange(b.Rect.Bottom, 0, layout.Height);
        });
        Assert.All(layout.Lines.SelectMany(l => l.Points), p =>
        {
            Assert.InRange(p.X, 0, layout.Width);
            Assert.InRange(p.Y, 0, layout.Height);
        });
        // Every line starts and ends somewhere: no zero-length pieces.
        Assert.All(layout.Lines, l => Assert.True(l.Points.Zip(l.Points.Skip(1)).Sum(s => s.First.DistanceTo(s.Second)) > 1));
    }
}
