namespace Wsp.Sdk.Counting;

/// <summary>
/// Which working persons each entry of a kind (cells, rows, columns, the grand total) has counted: the person's first
/// entry in an array indexed by its number, and only its further entries in a set. Almost every person holds its jobs
/// in one entry, so a placement is settled by an array look-up; a set insert per entry and placement cost most of a
/// breakdown by employer at two million placements.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class EntryPersons
{
    // A person's first entry + 1 (0: none yet), by person number (dense, from PersonNumbers).
    private readonly List<int> _first = [];
    private readonly HashSet<long> _further = [];

    /// <summary>Records that <paramref name="entry"/> holds <paramref name="person"/>; returns whether it did not before.</summary>
    public bool Add(int entry, int person)
    {
        while (_first.Count <= person)
        {
            _first.Add(0);
        }

        ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_first)[person];
        if (first == 0)
        {
            first = entry + 1;
            return true;
        }

        return first != entry + 1 && _further.Add(((long)entry << 32) | (uint)person);
    }
}
