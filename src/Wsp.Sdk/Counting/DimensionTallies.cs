using Wsp.Sdk.Partners;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The tallies of a figure grouped by placement dimensions, counted from its records in one pass: per group (cell),
/// per row (the values of all but the last dimension grouped by, in the order region, sector, target group, employer,
/// partner, arrangement), per column (the last) and in all. Every total counts each unit once: a placement with two
/// target groups is two groups' placement but one of the row's, a working person with two jobs (H3) one of every total.
/// </summary>
/// <remarks>
/// Units are placements (<see cref="Add(PlacementGroupKey, TargetGroupSet, int, uint)"/>: the atoms a flow is counted from never share one) or working persons
/// (<see cref="AddPerson"/>: a person is counted once per entry however many of its placements the entry holds; its
/// key and hours are summed over them all; the persons are counted when the tallies are first read, and no placement
/// is added after that). Entries are looked up by their keys' codes (<see cref="PlacementGroupCodes"/>). Working persons
/// by employer are held and counted cell partition by cell partition (<see cref="HeldPlacements"/>). Not thread-safe.
/// </remarks>
internal sealed class DimensionTallies
{
    private readonly PlacementDimensions _last;
    private readonly bool _oneLine;
    private readonly PlacementGroupCodes _codes = new();
    private readonly Entries _cells = new();
    private readonly Entries _rows = new();
    private readonly Entries _columns = new();
    private readonly PersonEntries? _persons;
    private readonly HeldPlacements? _held;

    // Working persons, more than one line: each cell's row and column, found when the cell is first seen, so a placement
    // costs one look-up instead of three; the rows' and columns' hours and keys are the sums of their cells', when read.
    private readonly List<(int Row, int Column)> _lines = [];
    private Tally _grand;
    private bool _personsCounted;

    public DimensionTallies(PlacementDimensions by, bool persons)
    {
        By = by;
        Dimensions = PlacementTableAxes.InOrder(by);
        _last = Dimensions.Length == 0 ? PlacementDimensions.None : Dimensions[^1];

        // With one dimension or none the row is the whole table and the columns are the cells: no second count.
        _oneLine = Dimensions.Length <= 1;
        if (persons)
        {
            // Each placement names its cell, and its row and column unless the cells are the table's one line.
            _persons = new PersonEntries(_oneLine ? 1 : 3);

            // By employer a national figure has hundreds of thousands of cells: looked up in the order the placements
            // come, nearly every look-up missed the cache. Without the employer the cells are few and stay in it.
            _held = (by & PlacementDimensions.Employer) != 0 ? new HeldPlacements() : null;
        }
    }

    /// <summary>Gets the dimensions grouped by.</summary>
    public PlacementDimensions By { get; }

    /// <summary>Gets the dimensions grouped by, in the table's order.</summary>
    public PlacementDimensions[] Dimensions { get; }

    /// <summary>Gets the grand total.</summary>
    public Tally Grand => CountPersons()._grand;

    /// <summary>
    /// Adds placements that share a group but for their target groups (a record, or a store's pre-aggregated cell):
    /// <paramref name="atom"/> holds the values of the dimensions grouped by, its target group null; they count once in
    /// each of their <paramref name="groups"/> when grouped by target group.
    /// </summary>
    public void Add(PlacementGroupKey atom, TargetGroupSet groups, int count, uint keySum)
    {
        var tally = Tally.Of(count, keySum);
        _grand += tally;
        var code = _codes.Encode(atom);
        if ((By & PlacementDimensions.TargetGroup) == 0)
        {
            AddCell(code, tally);
            return;
        }

        var groupIsLast = _last == PlacementDimensions.TargetGroup;
        foreach (var group in groups)
        {
            var cell = PlacementGroupCodes.WithTargetGroup(code, group);
            _cells.Add(cell, tally);
            if (!_oneLine)
            {
                if (!groupIsLast)
                {
                    _rows.Add(RowKey(cell), tally);
                }
                else
                {
                    _columns.Add(ColumnKey(cell), tally);
                }
            }
        }

        if (!_oneLine)
        {
            if (groupIsLast)
            {
                _rows.Add(RowKey(code), tally);
            }
            else
            {
                _columns.Add(ColumnKey(code), tally);
            }
        }
    }

    /// <summary>Adds one placement of a working person (H3): the person counts once per entry, its key and hours every time.</summary>
    public void AddPerson(PlacementGroupKey cell, BookingPartner partner, string candidate, uint key, decimal hours)
    {
        if (_personsCounted)
        {
            throw new InvalidOperationException("The persons were counted: no placement is added after the tallies are read.");
        }

        var code = _codes.Encode(cell);
        var person = _persons!.HashOf(partner, candidate);
        if (_held is not null)
        {
            _held.Add(code, partner, candidate, person, key, hours);
        }
        else
        {
            CountPerson(code, partner, candidate, person, key, hours);
        }
    }

    /// <summary>
    /// Returns the figure's table, its cells in group order (<see cref="PlacementGroupOrder"/>) with the row, column and
    /// grand totals, and the cells' group keys in the same order. A figure with a million groups sorts the cells' indexes,
    /// not copies of its cells.
    /// </summary>
    public (PlacementGroupKey[] Keys, FigureTable Table) ToTable()
    {
        CountPersons();
        var byIndex = Array.ConvertAll(_cells.KeysByIndex(), _codes.Decode);
        var order = PlacementGroupOrder.Order(byIndex);
        var keys = new PlacementGroupKey[order.Length];
        var tallies = new Tally[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            (keys[i], tallies[i]) = (byIndex[order[i]], _cells.Tallies[order[i]]);
        }

        var dimensions = Dimensions;
        return (keys, new FigureTable(
            tallies,
            fixedCells: null,
            () =>
            {
                var axes = PlacementTableAxes.Of(keys, dimensions);
                return ([.. axes.Rows.Select(r => axes.RowLabels[r])], [.. axes.Columns.Select(c => axes.ColumnLabels[c])]);
            },
            () => _oneLine
                ? new Dictionary<string, Tally>(StringComparer.Ordinal) { [""] = _grand }
                : _rows.All.ToDictionary(r => PlacementTableAxes.RowLabel(_codes.Decode(r.Key), dimensions), r => r.Tally, StringComparer.Ordinal),
            () => (_oneLine ? _cells.All : _columns.All).ToDictionary(c => PlacementTableAxes.ColumnLabel(_codes.Decode(c.Key), dimensions), c => c.Tally, StringComparer.Ordinal),
            _grand));
    }

    /// <summary>Sets each entry's and the grand total's count to its distinct persons, once, when the tallies are first read.</summary>
    private DimensionTallies CountPersons()
    {
        if (_persons is not null && !_personsCounted)
        {
            _held?.HandOut(CountHeld);
            _personsCounted = true;
            var cells = _cells.Tallies;
            for (var i = 0; i < cells.Length; i++)
            {
                _grand += cells[i];
                if (!_oneLine)
                {
                    _rows.AddAt(_lines[i].Row, cells[i]);
                    _columns.AddAt(_lines[i].Column, cells[i]);
                }
            }

            var persons = _persons.Count();
            _cells.SetCounts(i => persons.Of(i, 0));
            _rows.SetCounts(i => persons.Of(i, 1));
            _columns.SetCounts(i => persons.Of(i, 2));
            _grand = _grand with { Count = persons.Total };
        }

        return this;
    }

    /// <summary>Counts one placement of a working person, as it comes, in its cell, row and column.</summary>
    private void CountPerson(UInt128 code, BookingPartner partner, string candidate, uint person, uint key, decimal hours)
    {
        var cell = _cells.IndexOf(code, out var first);
        CountAt(cell, first, code, partner, candidate, person, key, hours);
    }

    /// <summary>Counts one placement handed out by the hold, its cell numbered by the hold (the cells' indexes here).</summary>
    private void CountHeld(int cell, bool first, UInt128 code, BookingPartner partner, string candidate, uint person, uint key, decimal hours)
    {
        // Only the hold makes cells here, in the order it numbers them: the numbers are the cells' indexes.
        if (first && _cells.IndexOf(code) != cell)
        {
            throw new InvalidOperationException("The hold's cell numbers are not the tallies' indexes.");
        }

        CountAt(cell, first, code, partner, candidate, person, key, hours);
    }

    /// <summary>Counts one placement of a working person in cell <paramref name="cell"/> (new when <paramref name="first"/>), its row and column.</summary>
    private void CountAt(int cell, bool first, UInt128 code, BookingPartner partner, string candidate, uint person, uint key, decimal hours)
    {
        _cells.AddAt(cell, Tally.Of(0, key, hours));
        if (_oneLine)
        {
            _persons!.Add(partner, candidate, person, [cell]);
            return;
        }

        if (first)
        {
            _lines.Add((_rows.IndexOf(RowKey(code)), _columns.IndexOf(ColumnKey(code))));
        }

        var (row, column) = _lines[cell];
        _persons!.Add(partner, candidate, person, [cell, row, column]);
    }

    private void AddCell(UInt128 cell, Tally tally)
    {
        _cells.Add(cell, tally);
        if (!_oneLine)
        {
            _rows.Add(RowKey(cell), tally);
            _columns.Add(ColumnKey(cell), tally);
        }
    }

    private UInt128 RowKey(UInt128 cell) => PlacementGroupCodes.Without(cell, _last);

    private UInt128 ColumnKey(UInt128 cell) => PlacementGroupCodes.Only(cell, _last);

    /// <summary>
    /// The tallies of one kind of entry (cells, rows or columns), by their keys' codes. The codes are held once, in the
    /// index: a flow by employer has a million cells, and a list of their keys beside it grew to twice their size on the way.
    /// </summary>
    private sealed class Entries
    {
        private readonly Dictionary<UInt128, int> _index = [];
        private readonly List<Tally> _tallies = [];

        public IEnumerable<(UInt128 Key, Tally Tally)> All => _index.Select(e => (e.Key, _tallies[e.Value]));

        /// <summary>Gets the tallies, by index.</summary>
        public ReadOnlySpan<Tally> Tallies => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tallies);

        /// <summary>Returns the keys, by index.</summary>
        public UInt128[] KeysByIndex()
        {
            var keys = new UInt128[_index.Count];
            foreach (var (key, i) in _index)
            {
                keys[i] = key;
            }

            return keys;
        }

        /// <summary>Adds to the entry of <paramref name="key"/>.</summary>
        public void Add(UInt128 key, Tally tally) => AddAt(IndexOf(key), tally);

        /// <summary>Adds to the entry at <paramref name="index"/>.</summary>
        public void AddAt(int index, Tally tally) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tallies)[index] += tally;

        /// <summary>Sets each entry's count, by its index.</summary>
        public void SetCounts(Func<int, int> countOf)
        {
            var tallies = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tallies);
            for (var i = 0; i < tallies.Length; i++)
            {
                tallies[i] = tallies[i] with { Count = countOf(i) };
            }
        }

        /// <summary>Returns the index of the entry of <paramref name="key"/>, made (zero) when there is none.</summary>
        public int IndexOf(UInt128 key) => IndexOf(key, out _);

        /// <summary>Returns the index of the entry of <paramref name="key"/>, made (zero) when there is none, saying whether it was.</summary>
        public int IndexOf(UInt128 key, out bool made)
        {
            ref var i = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out var exists);
            made = !exists;
            if (made)
            {
                i = _tallies.Count;
                _tallies.Add(Tally.Zero);
            }

            return i;
        }
    }
}
