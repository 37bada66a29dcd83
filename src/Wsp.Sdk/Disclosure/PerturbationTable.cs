namespace Wsp.Sdk.Disclosure;

/// <summary>
/// The published perturbation table (verstoringstabel) of the cell key method: it turns a cell's key into the noise
/// added to the cell's count, so the same cell (the same records, hence the same key) always gets the same noise. The
/// noise follows a two-sided geometric distribution, P(e) = (1 − r)/(1 + r) · r^|e| with ratio r = 1/4 (variance
/// 8/9), cut where a value's share of the 2^32 keys drops below one key: every noise from −15 to +15 is possible, none
/// beyond. The table lists, per noise, the range of cell keys that selects it (docs/disclosure.md prints it).
/// </summary>
/// <remarks>
/// <para>
/// Why this shape (docs/disclosure.md): mean zero, so nothing is biased; 60 % of published counts are exact and 90 %
/// within one; and every value up to 15 either way has a positive chance, so no combination of answers ever pins a
/// count: adding one hypothetical record to every cell that would hold it stays possible unless one of those cells
/// drew the very lowest noise, a chance of 2 in 2^32 per cell.
/// </para>
/// <para>The measure (hours) travels with the count: see <see cref="MeasureFraction"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PerturbationTable
{
    private readonly uint[] _firstKeys;

    private PerturbationTable()
    {
        // Each noise e ≠ 0 gets floor(3/5 · 4^−|e| · 2^32) keys; e = 0 the rest. Laid out from −15 up to +15.
        var rows = new List<PerturbationRow>();
        var widths = new long[(2 * MaxNoise) + 1];
        long others = 0;
        for (var e = -MaxNoise; e <= MaxNoise; e++)
        {
            if (e != 0)
            {
                widths[e + MaxNoise] = (3L << 32) / (5L << (2 * Math.Abs(e)));
                others += widths[e + MaxNoise];
            }
        }

        widths[MaxNoise] = (1L << 32) - others;
        long first = 0;
        _firstKeys = new uint[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            _firstKeys[i] = (uint)first;
            rows.Add(new PerturbationRow(i - MaxNoise, (uint)first, (uint)(first + widths[i] - 1)));
            first += widths[i];
        }

        Rows = rows;
    }

    /// <summary>Gets the table the SDK publishes and applies.</summary>
    public static PerturbationTable Default { get; } = new();

    /// <summary>Gets the table's id, as manifests and GraphQL name it.</summary>
    public string Id { get; } = "geometric-1/4-15";

    /// <summary>Gets the ratio of the geometric distribution: each step away from zero is this much less likely.</summary>
    public decimal Ratio { get; } = 0.25m;

    /// <summary>Gets the largest noise either way.</summary>
    public int MaxNoise { get; } = 15;

    /// <summary>Gets the noise per range of cell keys, from −15 up to +15; the ranges cover every key once.</summary>
    public IReadOnlyList<PerturbationRow> Rows { get; }

    /// <summary>Returns the noise a cell key selects.</summary>
    /// <param name="cellKey">The cell key: the sum of the cell's record keys modulo 2^32.</param>
    /// <returns>The noise, from −15 to +15.</returns>
    public int NoiseOf(uint cellKey)
    {
        var i = Array.BinarySearch(_firstKeys, cellKey);
        return (i >= 0 ? i : ~i - 1) - MaxNoise;
    }

    /// <summary>
    /// Returns the fraction in (−1, 1) that moves a cell's measure: the published measure is the cell's mean per unit
    /// times (the published count + this fraction), so hours move with the count and by up to one unit's share more,
    /// and a difference of measures never gives a withheld cell's hours exactly. Taken from the cell key through a
    /// fixed bijective mix (MurmurHash3's finaliser), independent of the count's noise.
    /// </summary>
    /// <param name="cellKey">The cell key.</param>
    /// <returns>The fraction.</returns>
    public static decimal MeasureFraction(uint cellKey)
    {
        var h = unchecked(cellKey ^ 0x9E3779B9u);
        h ^= h >> 16;
        h = unchecked(h * 0x85EBCA6Bu);
        h ^= h >> 13;
        h = unchecked(h * 0xC2B2AE35u);
        h ^= h >> 16;
        return ((2m * h) + 1m - 4294967296m) / 4294967296m;
    }
}

/// <summary>One row of the perturbation table: the cell keys from <see cref="FirstKey"/> to <see cref="LastKey"/> (both included) select <see cref="Noise"/>.</summary>
/// <param name="Noise">The noise added to the count.</param>
/// <param name="FirstKey">The first cell key of the range.</param>
/// <param name="LastKey">The last cell key of the range.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PerturbationRow(int Noise, uint FirstKey, uint LastKey)
{
    /// <summary>Gets the chance of the noise: the range's share of the 2^32 keys.</summary>
    public decimal Probability => ((decimal)LastKey - FirstKey + 1) / 4294967296m;
}
