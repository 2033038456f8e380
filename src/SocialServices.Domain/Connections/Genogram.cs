using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Connections;

/// <summary>
/// Lays out a genogram from the index client's family links, as a genogram is drawn by hand: one row per generation
/// (parents above, children below), partners side by side joined by a line, children hanging from their parents' line,
/// siblings under one bar in birth order, guardians and foster parents joined by a dashed line, and the household
/// enclosed. Pure geometry: the renderer draws what this returns.
/// </summary>
public static class Genogram
{
    /// <summary>How far the sibling bar lies above the children's symbols.</summary>
    private const double BarRise = 30;

    /// <summary>How far the care bar (guardians, foster parents) lies above the sibling bar.</summary>
    private const double CareRise = 14;

    /// <summary>The tie of a relative as the index client's own relation names it.</summary>
    public static GenogramTie TieOf(RelationKind kind) => kind switch
    {
        RelationKind.Parent => GenogramTie.Parent,
        RelationKind.Guardian => GenogramTie.Guardian,
        RelationKind.FosterParent => GenogramTie.FosterParent,
        RelationKind.SpousePartner => GenogramTie.Partner,
        RelationKind.Child => GenogramTie.Child,
        RelationKind.Sibling => GenogramTie.Sibling,
        RelationKind.HouseholdMember => GenogramTie.HouseholdMember,
        _ => GenogramTie.OtherRelative,
    };

    /// <summary>The tie of another client who names the index client in a relation of this kind ("the index client is my parent": a child).</summary>
    public static GenogramTie InverseTieOf(RelationKind kind) => kind switch
    {
        RelationKind.Parent => GenogramTie.Child,
        RelationKind.Guardian => GenogramTie.Ward,
        RelationKind.FosterParent => GenogramTie.FosterChild,
        RelationKind.SpousePartner => GenogramTie.Partner,
        RelationKind.Child => GenogramTie.Parent,
        RelationKind.Sibling => GenogramTie.Sibling,
        RelationKind.HouseholdMember => GenogramTie.HouseholdMember,
        _ => GenogramTie.OtherRelative,
    };

    /// <summary>
    /// The generation of a relative: parents -1, partners and siblings 0, children +1; other relatives and household
    /// members by their age difference to the index client (16 years or more: a generation, 45 or more: two), else 0.
    /// </summary>
    public static int GenerationOf(GenogramTie tie, int? birthYear, int? indexBirthYear) => tie switch
    {
        GenogramTie.Parent or GenogramTie.Guardian or GenogramTie.FosterParent => -1,
        GenogramTie.Partner or GenogramTie.Sibling => 0,
        GenogramTie.Child or GenogramTie.Ward or GenogramTie.FosterChild => 1,
        _ => birthYear is { } year && indexBirthYear is { } indexYear
            ? (indexYear - year) switch
            {
                >= 45 => -2,
                >= 16 => -1,
                <= -45 => 2,
                <= -16 => 1,
                _ => 0,
            }
            : 0,
    };

    public static GenogramLayout Layout(GenogramInput input, GenogramMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var m = metrics ?? GenogramMetrics.Default;
        return new Builder(input, m).Build();
    }

    /// <summary>Where the outline of a symbol is at a horizontal offset from its centre, measured upwards from the centre.</summary>
    public static double OutlineAbove(Gender? gender, double halfSize, double dx)
    {
        var offset = Math.Min(Math.Abs(dx), halfSize);
        return gender switch
        {
            Gender.Male => halfSize,
            Gender.Female => Math.Sqrt((halfSize * halfSize) - (offset * offset)),
            _ => halfSize - offset,
        };
    }

    private sealed class Placed(GenogramPerson person, GenogramRelative? relative, int generation)
    {
        public GenogramPerson Person { get; } = person;
        public GenogramRelative? Relative { get; } = relative;
        public int Generation { get; } = generation;
        public double X { get; set; }
        public string Key => Person.Key;
        public bool Ended => Relative?.Ended ?? false;
        public bool InHousehold => Relative is null || Relative.InHousehold || Relative.Tie == GenogramTie.HouseholdMember;
    }

    private sealed class Builder(GenogramInput input, GenogramMetrics m)
    {
        private readonly Dictionary<int, List<Placed>> _rows = [];
        private readonly List<GenogramLine> _lines = [];
        private Placed _index = null!;
        private List<Placed> _parents = [];
        private List<Placed> _carers = [];
        private List<Placed> _sibship = [];
        private List<Placed> _former = [];
        private List<Placed> _current = [];
        private readonly List<(string? PartnerKey, List<Placed> Children, List<Placed> Wards)> _childGroups = [];
        private double _top;

        public GenogramLayout Build()
        {
            var index = input.Index;
            _index = new Placed(index, null, 0);

            // One place per person: a current relation wins over an ended one, the first recorded over later ones.
            var relatives = input.Relatives
                .Where(r => r.Person.Key != index.Key)
                .GroupBy(r => r.Person.Key)
                .Select(g => g.OrderBy(r => r.Ended).First())
                .Select(r => new Placed(r.Person, r, GenerationOf(r.Tie, r.Person.BirthYear, index.BirthYear)))
                .ToList();

            List<Placed> Tied(params GenogramTie[] ties) => relatives.Where(r => ties.Contains(r.Relative!.Tie)).OrderBy(BirthOrder).ThenBy(r => r.Person.Name, StringComparer.Ordinal).ToList();
            var siblings = Tied(GenogramTie.Sibling);
            _former = Tied(GenogramTie.Partner).Where(p => p.Ended).ToList();
            _current = Tied(GenogramTie.Partner).Where(p => !p.Ended).ToList();
            _parents = Parents(Tied(GenogramTie.Parent));
            _carers = Tied(GenogramTie.Guardian, GenogramTie.FosterParent);
            var children = Tied(GenogramTie.Child);
            var wards = Tied(GenogramTie.Ward, GenogramTie.FosterChild);
            var others = relatives.Where(r => r.Relative!.Tie is GenogramTie.OtherRelative or GenogramTie.HouseholdMember)
                .OrderBy(r => r.Relative!.Tie).ThenBy(BirthOrder).ThenBy(r => r.Person.Name, StringComparer.Ordinal).ToList();

            PlaceOwnGeneration(siblings, others);
            PlaceParents(others);
            PlaceChildren(children, wards, others);
            PlaceOthersOnly(others);
            Normalise();

            DrawPartnerships();
            DrawParentsDescent();
            DrawCare();
            DrawChildren();
            var household = Household();

            var nodes = _rows.OrderBy(r => r.Key).SelectMany(r => r.Value)
                .Select(p => new GenogramNode(p.Person, p.Relative?.Tie, p.Generation, new DiagramPoint(p.X, Y(p.Generation)), p.InHousehold,
                    p.Relative?.IsLegalRepresentative ?? false, p.Ended))
                .ToList();
            var width = _rows.Values.SelectMany(r => r).Max(p => p.X) + (m.LabelWidth / 2) + m.Margin;
            var height = Y(_rows.Keys.Max()) + m.Half + m.LabelHeight + m.Margin;
            return new GenogramLayout(nodes, _lines, household, width, height, m);
        }

        private static int BirthOrder(Placed p) => p.Person.BirthYear ?? int.MaxValue;

        /// <summary>
        /// The parents, the couple first: with more than two recorded (a step-parent named a parent, say) the current ones
        /// make the couple, the others follow with a line of their own. Within the couple the man stands left.
        /// </summary>
        private static List<Placed> Parents(List<Placed> parents)
        {
            var couple = parents.OrderBy(p => p.Ended).Take(2).OrderBy(p => GenderOrder(p.Person.Gender)).ToList();
            return [.. couple, .. parents.Except(couple)];
        }

        /// <summary>Male on the left of a couple, female on the right (the usual genogram convention).</summary>
        private static int GenderOrder(Gender? gender) => gender switch
        {
            Gender.Male => 0,
            null => 1,
            _ => 2,
        };

        private List<Placed> Row(int generation)
        {
            if (!_rows.TryGetValue(generation, out var row))
            {
                row = [];
                _rows[generation] = row;
            }

            return row;
        }

        private double Y(int generation) => _top + ((generation - _rows.Keys.Min()) * m.Row);

        /// <summary>Lays out people side by side from <paramref name="start"/>, one column each.</summary>
        private void Lay(List<Placed> row, IEnumerable<Placed> people, double start)
        {
            var x = start;
            foreach (var p in people)
            {
                p.X = x;
                row.Add(p);
                x += m.Column;
            }
        }

        /// <summary>People centred over <paramref name="centre"/>.</summary>
        private void LayCentred(List<Placed> row, IReadOnlyCollection<Placed> people, double centre) =>
            Lay(row, people, centre - ((people.Count - 1) * m.Column / 2));

        /// <summary>Others after the family of the row (a little apart), or centred over the index client when the row has no family.</summary>
        private void LayOthers(List<Placed> row, IReadOnlyCollection<Placed> people)
        {
            if (people.Count == 0)
            {
                return;
            }

            if (row.Count == 0)
            {
                LayCentred(row, people, _index.X);
            }
            else
            {
                Lay(row, people, row.Max(p => p.X) + (m.Column * 1.3));
            }
        }

        /// <summary>Keeps a column between neighbours: a person never overlaps the next one.</summary>
        private void Sweep(List<Placed> row)
        {
            row.Sort((a, b) => a.X.CompareTo(b.X));
            for (var i = 1; i < row.Count; i++)
            {
                row[i].X = Math.Max(row[i].X, row[i - 1].X + m.Column);
            }
        }

        private void PlaceOwnGeneration(List<Placed> siblings, List<Placed> others)
        {
            var hasPartners = _former.Count + _current.Count > 0;
            var indexYear = _index.Person.BirthYear;
            // With partners the index client stands at the end of the siblings, next to the partners; otherwise in birth order.
            var before = hasPartners || indexYear is null ? siblings : siblings.Where(s => s.Person.BirthYear <= indexYear).ToList();
            var after = siblings.Except(before).ToList();
            var row = Row(0);
            Lay(row, [.. before, .. _former, _index, .. _current, .. after], 0);
            _sibship = [.. before, _index, .. after];
            LayOthers(row, others.Where(o => o.Generation == 0).ToList());
        }

        private void PlaceParents(List<Placed> others)
        {
            var row = Row(-1);
            var sibshipCentre = (_sibship.Min(p => p.X) + _sibship.Max(p => p.X)) / 2;
            if (_parents.Count > 0)
            {
                LayCentred(row, _parents, sibshipCentre);
                Lay(row, _carers, _parents[^1].X + m.Column);
            }
            else if (_carers.Count > 0)
            {
                LayCentred(row, _carers, _index.X);
            }

            LayOthers(row, others.Where(o => o.Generation == -1).ToList());
            Sweep(row);
            DropIfEmpty(-1);
        }

        private void PlaceChildren(List<Placed> children, List<Placed> wards, List<Placed> others)
        {
            var partners = _former.Concat(_current).ToList();
            var partnerKeys = partners.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            string? defaultGroup = partners.Count == 1 ? partners[0].Key : _current.Count == 1 ? _current[0].Key : null;
            string? OtherParent(Placed child) =>
                input.ParentLinks.Where(l => l.ChildKey == child.Key && partnerKeys.Contains(l.ParentKey)).Select(l => l.ParentKey).FirstOrDefault() ?? defaultGroup;

            foreach (var group in children.GroupBy(OtherParent))
            {
                _childGroups.Add((group.Key, group.ToList(), []));
            }

            if (wards.Count > 0)
            {
                var wardGroup = _current.Count == 1 ? _current[0].Key : null;
                var existing = _childGroups.FindIndex(g => g.PartnerKey == wardGroup);
                if (existing < 0)
                {
                    _childGroups.Add((wardGroup, [], wards));
                }
                else
                {
                    _childGroups[existing].Wards.AddRange(wards);
                }
            }

            var row = Row(1);
            foreach (var group in _childGroups.OrderBy(g => DropX(g.PartnerKey)))
            {
                LayCentred(row, [.. group.Children, .. group.Wards], DropX(group.PartnerKey));
            }

            Sweep(row);
            LayOthers(row, others.Where(o => o.Generation == 1).ToList());
            Sweep(row);
            DropIfEmpty(1);
        }

        private void PlaceOthersOnly(List<Placed> others)
        {
            foreach (var generation in new[] { -2, 2 })
            {
                var row = Row(generation);
                LayOthers(row, others.Where(o => o.Generation == generation).ToList());
                DropIfEmpty(generation);
            }
        }

        private void DropIfEmpty(int generation)
        {
            if (_rows.TryGetValue(generation, out var row) && row.Count == 0)
            {
                _rows.Remove(generation);
            }
        }

        /// <summary>Moves everything so the leftmost label starts at the margin; leaves room above the top row for the lines.</summary>
        private void Normalise()
        {
            var all = _rows.Values.SelectMany(r => r).ToList();
            var shift = m.Margin + (m.LabelWidth / 2) - all.Min(p => p.X);
            foreach (var p in all)
            {
                p.X += shift;
            }

            // Room above the top symbols for the index client's double outline and partner lines drawn over a neighbour.
            _top = m.Margin + 24 + m.Half;
        }

        private Placed Partner(string key) => _former.Concat(_current).Single(p => p.Key == key);

        private bool Adjacent(Placed a, Placed b) => Math.Abs(Math.Abs(a.X - b.X) - m.Column) < 0.5;

        /// <summary>Where the line to a couple's (or the index client's alone) children starts, on the index client's row.</summary>
        private double DropX(string? partnerKey)
        {
            if (partnerKey is not null)
            {
                var partner = Partner(partnerKey);
                if (Adjacent(partner, _index))
                {
                    return (partner.X + _index.X) / 2;
                }

                // A partner further away (the line to them goes over a neighbour): the children hang from the partner's side.
                return partner.X + (Math.Sign(_index.X - partner.X) * m.Column / 2);
            }

            var row = _rows[0];
            var rightTaken = row.Any(p => p != _index && _current.Contains(p) && Math.Abs(p.X - (_index.X + m.Column)) < 0.5);
            return _index.X + ((rightTaken ? -1 : 1) * m.Column / 2);
        }

        private void DrawPartnerships()
        {
            if (_parents.Count >= 2)
            {
                var (a, b) = (_parents[0], _parents[1]);
                var y = Y(-1);
                Add(GenogramLineKind.Partnership, [new(a.X + m.Half, y), new(b.X - m.Half, y)], b.Key, a.Ended || b.Ended);
            }

            var level = 0;
            foreach (var partner in _former.Concat(_current).OrderBy(p => Math.Abs(p.X - _index.X)))
            {
                var y = Y(0);
                var (left, right) = partner.X < _index.X ? (partner, _index) : (_index, partner);
                if (Adjacent(left, right))
                {
                    Add(GenogramLineKind.Partnership, [new(left.X + m.Half, y), new(right.X - m.Half, y)], partner.Key, partner.Ended);
                }
                else
                {
                    // Over the neighbour between them: up from both symbols and across above the row.
                    level++;
                    var over = y - m.Half - (6 * level);
                    Add(GenogramLineKind.Partnership,
                        [new(left.X, y - OutlineAbove(left.Person.Gender, m.Half, 0)), new(left.X, over), new(right.X, over), new(right.X, y - OutlineAbove(right.Person.Gender, m.Half, 0))],
                        partner.Key, partner.Ended);
                }
            }
        }

        private void DrawParentsDescent()
        {
            var y0 = Y(0);
            var bar = y0 - m.Half - BarRise;
            var drops = new List<double>();
            if (_parents.Count >= 2)
            {
                var mid = (_parents[0].X + _parents[1].X) / 2;
                drops.Add(mid);
                Add(GenogramLineKind.Descent, [new(mid, Y(-1)), new(mid, bar)], null, false);
            }

            foreach (var single in _parents.Skip(_parents.Count >= 2 ? 2 : 0))
            {
                drops.Add(SideDrop(single, 1, bar, GenogramLineKind.Descent));
            }

            if (drops.Count == 0 && _sibship.Count < 2)
            {
                return;
            }

            Bar(drops.Concat(_sibship.Select(s => s.X)), bar, GenogramLineKind.Descent);
            foreach (var member in _sibship)
            {
                Stem(member, bar, GenogramLineKind.Descent, 0);
            }
        }

        private void DrawCare()
        {
            if (_carers.Count == 0)
            {
                return;
            }

            var y0 = Y(0);
            var care = y0 - m.Half - BarRise - CareRise;
            var drops = _carers.Select(c => SideDrop(c, 1, care, GenogramLineKind.Care)).ToList();
            // Beside the line from the parents when there is one.
            var offset = _parents.Count > 0 || _sibship.Count > 1 ? m.Half / 2 : 0;
            Bar(drops.Append(_index.X + offset), care, GenogramLineKind.Care);
            Stem(_index, care, GenogramLineKind.Care, offset);
        }

        private void DrawChildren()
        {
            if (!_rows.ContainsKey(1))
            {
                return;
            }

            var y0 = Y(0);
            var bar = Y(1) - m.Half - BarRise;
            foreach (var (partnerKey, children, wards) in _childGroups)
            {
                if (children.Count + wards.Count == 0)
                {
                    continue;
                }

                var dropX = DropX(partnerKey);
                var partner = partnerKey is null ? null : Partner(partnerKey);
                if (partner is not null && Adjacent(partner, _index))
                {
                    Add(GenogramLineKind.Descent, [new(dropX, y0), new(dropX, bar)], null, false);
                }
                else
                {
                    var from = partner ?? _index;
                    var side = Math.Sign(dropX - from.X);
                    Add(GenogramLineKind.Descent, [new(from.X + (side * m.Half), y0), new(dropX, y0), new(dropX, bar)], null, false);
                }

                var members = children.Concat(wards).ToList();
                Bar(members.Select(c => c.X).Append(dropX), bar, GenogramLineKind.Descent);
                foreach (var child in children)
                {
                    Stem(child, bar, GenogramLineKind.Descent, 0);
                }

                foreach (var ward in wards)
                {
                    Stem(ward, bar, GenogramLineKind.Care, 0);
                }
            }
        }

        /// <summary>A line out of the side of a symbol to the middle of the column gap, then down to <paramref name="to"/>; returns its x.</summary>
        private double SideDrop(Placed person, int side, double to, GenogramLineKind kind)
        {
            var y = Y(person.Generation);
            var x = person.X + (side * m.Column / 2);
            Add(kind, [new(person.X + (side * m.Half), y), new(x, y), new(x, to)], person.Key, person.Ended);
            return x;
        }

        private void Bar(IEnumerable<double> xs, double y, GenogramLineKind kind)
        {
            var list = xs.ToList();
            var (from, to) = (list.Min(), list.Max());
            if (to - from > 0.5)
            {
                Add(kind, [new(from, y), new(to, y)], null, false);
            }
        }

        private void Stem(Placed person, double from, GenogramLineKind kind, double dx)
        {
            var y = Y(person.Generation);
            Add(kind, [new(person.X + dx, from), new(person.X + dx, y - OutlineAbove(person.Person.Gender, m.Half, dx))], person.Key, person.Ended);
        }

        private void Add(GenogramLineKind kind, DiagramPoint[] points, string? key, bool ended)
        {
            DiagramPoint? mark = null;
            if (ended)
            {
                // On the longest segment, away from the symbols: a partner line's middle is where the children's line
                // starts, so there the stroke goes a third of the way along instead.
                var (a, b) = points.Zip(points.Skip(1)).MaxBy(s => s.First.DistanceTo(s.Second));
                var along = kind == GenogramLineKind.Partnership ? 1 / 3.0 : 0.5;
                mark = new DiagramPoint(a.X + ((b.X - a.X) * along), a.Y + ((b.Y - a.Y) * along));
            }

            _lines.Add(new GenogramLine(kind, points, key, ended, mark));
        }

        /// <summary>
        /// The household as rectangles: one around each run of neighbours who live with the client in a row, and bridges
        /// between rows (and between runs of the client's row), so that their union is one area. None when the client lives alone.
        /// </summary>
        private List<DiagramRect> Household()
        {
            var rects = new List<DiagramRect>();
            if (!_rows.Values.SelectMany(r => r).Any(p => p != _index && p.InHousehold))
            {
                return rects;
            }

            // The outline runs in the gap between neighbours' labels, clear of the lines that drop from a couple's middle.
            const double pad = 6;
            var runs = new Dictionary<int, List<DiagramRect>>();
            foreach (var (generation, row) in _rows)
            {
                var list = new List<DiagramRect>();
                List<Placed>? run = null;
                foreach (var p in row.OrderBy(p => p.X).Select(p => (Placed?)p).Append(null))
                {
                    if (p is not null && p.InHousehold)
                    {
                        run ??= [];
                        run.Add(p);
                        continue;
                    }

                    if (run is not null)
                    {
                        var y = Y(generation);
                        var left = run[0].X - (m.LabelWidth / 2) - pad;
                        var right = run[^1].X + (m.LabelWidth / 2) + pad;
                        list.Add(new DiagramRect(left, y - m.Half - pad - 6, right - left, m.Symbol + m.LabelHeight + (2 * pad) + 4));
                        run = null;
                    }
                }

                if (list.Count > 0)
                {
                    runs[generation] = list;
                    rects.AddRange(list);
                }
            }

            // Runs of the client's own row, joined above the symbols.
            if (runs.TryGetValue(0, out var own))
            {
                foreach (var (a, b) in own.Zip(own.Skip(1)))
                {
                    rects.Add(new DiagramRect(a.Right - 30, a.Y - 16, b.X + 30 - (a.Right - 30), 24));
                }
            }

            // Each other row's runs to the nearest run of the row towards the client's.
            foreach (var (generation, list) in runs.Where(r => r.Key != 0))
            {
                if (!runs.TryGetValue(generation - Math.Sign(generation), out var toward))
                {
                    continue;
                }

                foreach (var run in list)
                {
                    var centre = (run.X + run.Right) / 2;
                    var target = toward.MinBy(t => Math.Max(0, Math.Max(t.X - run.Right, run.X - t.Right)) + (Math.Abs(((t.X + t.Right) / 2) - centre) / 1000));
                    var (upper, lower) = generation < 0 ? (run, target) : (target, run);
                    var left = Math.Max(upper.X, lower.X);
                    var right = Math.Min(upper.Right, lower.Right);
                    if (right - left >= 100)
                    {
                        // Within the overlap, its sides clear of the lines from the couples above.
                        (left, right) = (left + 30, right - 30);
                    }
                    else if (right - left >= 40)
                    {
                        var middle = (left + right) / 2;
                        (left, right) = (middle - 20, middle + 20);
                    }
                    else
                    {
                        // No overlap: a band across the gap, reaching a little into both.
                        left = Math.Min(upper.Right, lower.Right) - 30;
                        right = Math.Max(upper.X, lower.X) + 30;
                    }

                    rects.Add(new DiagramRect(left, upper.Bottom - 12, right - left, lower.Y - upper.Bottom + 24));
                }
            }

            return rects;
        }
    }
}
