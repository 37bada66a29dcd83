namespace Wsp.Sdk.Counting;

/// <summary>
/// One entry of a figure before disclosure (telling): how many units it counts (placements, working persons,
/// vacancies, employers), its cell key (the sum of its records' keys modulo 2^32, <see cref="RecordKey"/>) and the
/// measure that travels with the count (paid hours per week; 0 when none). Counting fills tallies; the disclosure
/// turns each into what its reader sees.
/// </summary>
/// <param name="Count">The units counted, each once however many of its records the entry holds.</param>
/// <param name="Key">The cell key.</param>
/// <param name="Measure">The measure.</param>
internal readonly record struct Tally(int Count, uint Key, decimal Measure)
{
    /// <summary>Gets the tally of nothing: zero, key 0.</summary>
    public static Tally Zero => default;

    /// <summary>Adds tallies of entries that share no unit (placements in different cells).</summary>
    public static Tally operator +(Tally a, Tally b) => new(checked(a.Count + b.Count), unchecked(a.Key + b.Key), a.Measure + b.Measure);

    /// <summary>Takes away the tally of a part (an entry's units that are also another's), for additive counts only.</summary>
    public static Tally operator -(Tally a, Tally b) => new(checked(a.Count - b.Count), unchecked(a.Key - b.Key), a.Measure - b.Measure);

    /// <summary>Returns one record's tally: a count of one.</summary>
    public static Tally One(uint key, decimal measure = 0m) => new(1, key, measure);

    /// <summary>Returns the tally of records already summed: their count and the sum of their keys.</summary>
    public static Tally Of(int count, uint keySum, decimal measure = 0m) => new(count, keySum, measure);
}
