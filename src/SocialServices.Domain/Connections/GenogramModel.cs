using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Connections;

/// <summary>How a person stands to the index client in a genogram (the client's relation seen from the client).</summary>
public enum GenogramTie
{
    Parent = 1,
    Guardian = 2,
    FosterParent = 3,
    Partner = 4,
    Sibling = 5,
    Child = 6,

    /// <summary>A child under the index client's guardianship.</summary>
    Ward = 7,
    FosterChild = 8,
    OtherRelative = 9,

    /// <summary>Lives with the client without being a relative.</summary>
    HouseholdMember = 10,
}

/// <summary>A person in a genogram: what the symbol shows (gender, age) and the label (name, birth year).</summary>
/// <param name="Key">Unique within one genogram (e.g. "c12" for a client, "p7" for a person recorded only as a relative).</param>
public sealed record GenogramPerson(string Key, string Name, Gender? Gender, int? BirthYear, int? Age);

/// <summary>A relative of the index client, from the client's relations (or another client's relation naming the client).</summary>
public sealed record GenogramRelative(GenogramPerson Person, GenogramTie Tie, bool InHousehold, bool IsLegalRepresentative, bool Ended);

/// <summary>A parent and child among the relatives, known from the relatives' own records (e.g. whose child a child is).</summary>
public sealed record GenogramParentLink(string ParentKey, string ChildKey);

public sealed record GenogramInput(GenogramPerson Index, IReadOnlyList<GenogramRelative> Relatives, IReadOnlyList<GenogramParentLink> ParentLinks);

/// <summary>Sizes of a genogram drawing: the symbol, a column (one person's place in a row), a generation's row.</summary>
public sealed record GenogramMetrics(double Symbol, double Column, double Row, double LabelWidth, double LabelHeight, double Margin)
{
    public static GenogramMetrics Default { get; } = new(Symbol: 44, Column: 170, Row: 176, LabelWidth: 132, LabelHeight: 72, Margin: 28);

    public double Half => Symbol / 2;
}

/// <summary>A person placed in the genogram.</summary>
/// <param name="Tie">Null for the index client.</param>
/// <param name="Generation">0 the index client's generation, -1 parents, +1 children.</param>
/// <param name="Centre">The centre of the symbol; the label is below it.</param>
public sealed record GenogramNode(GenogramPerson Person, GenogramTie? Tie, int Generation, DiagramPoint Centre, bool InHousehold, bool IsLegalRepresentative, bool Ended)
{
    public bool IsIndex => Tie is null;

    /// <summary>The area the symbol and its label take up (no other node may overlap it).</summary>
    public DiagramRect Bounds(GenogramMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new DiagramRect(Centre.X - (metrics.LabelWidth / 2), Centre.Y - metrics.Half, metrics.LabelWidth, metrics.Symbol + metrics.LabelHeight);
    }
}

public enum GenogramLineKind
{
    /// <summary>Partners (the line between a couple; a child line hangs from it).</summary>
    Partnership = 1,

    /// <summary>Parents to children: the drop from the parents, the bar over the siblings, the stem to each child.</summary>
    Descent = 2,

    /// <summary>A guardian or foster parent and the child in their care (drawn dashed).</summary>
    Care = 3,
}

/// <summary>A line of the genogram as a polyline.</summary>
/// <param name="PersonKey">The person the line leads to (a partner, a child's stem), when it belongs to one.</param>
/// <param name="SeparationMark">Where to draw the stroke that shows an ended relation (separated), when <paramref name="Ended"/>.</param>
public sealed record GenogramLine(GenogramLineKind Kind, IReadOnlyList<DiagramPoint> Points, string? PersonKey, bool Ended, DiagramPoint? SeparationMark);

/// <summary>The laid-out genogram: nodes, lines, the household's outline (as rectangles whose union is the area), and the size.</summary>
public sealed record GenogramLayout(
    IReadOnlyList<GenogramNode> Nodes,
    IReadOnlyList<GenogramLine> Lines,
    IReadOnlyList<DiagramRect> Household,
    double Width,
    double Height,
    GenogramMetrics Metrics)
{
    public IEnumerable<int> Generations => Nodes.Select(n => n.Generation).Distinct().Order();
}
