using System.Collections;
using System.Numerics;
using System.Text;

namespace Wsp.Sdk.TargetGroups;

/// <summary>
/// The target groups (doelgroepen) a candidate belongs to: a small set, since one candidate is often in several
/// (a Participatiewet candidate with a banenafspraak indication, under 27).
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe. Enumeration follows the order of <see cref="TargetGroup"/>.</remarks>
public readonly struct TargetGroupSet : IEquatable<TargetGroupSet>, IReadOnlyCollection<TargetGroup>
{
    private const int AllBits = (1 << 9) - 1;
    private readonly ushort _bits;

    private TargetGroupSet(int bits) => _bits = (ushort)bits;

    /// <summary>Gets the empty set.</summary>
    public static TargetGroupSet Empty => default;

    /// <summary>Gets the number of groups in the set.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>Gets a value indicating whether the set holds no group.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>Creates a set of the given groups.</summary>
    /// <param name="groups">The groups; duplicates are ignored.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="TargetGroup"/>.</exception>
    public static TargetGroupSet Of(params ReadOnlySpan<TargetGroup> groups)
    {
        var set = Empty;
        foreach (var group in groups)
        {
            set = set.With(group);
        }

        return set;
    }

    /// <summary>Returns whether the set holds <paramref name="group"/>.</summary>
    /// <param name="group">The group.</param>
    /// <returns>Whether it is in the set.</returns>
    public bool Contains(TargetGroup group) => (uint)group < 9 && (_bits & (1 << (int)group)) != 0;

    /// <summary>Returns whether the set shares at least one group with <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>Whether the sets overlap.</returns>
    public bool Overlaps(TargetGroupSet other) => (_bits & other._bits) != 0;

    /// <summary>Returns this set with <paramref name="group"/> added.</summary>
    /// <param name="group">The group to add.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not defined.</exception>
    public TargetGroupSet With(TargetGroup group) => new(_bits | (1 << (int)Preconditions.CheckDefined(group)));

    /// <summary>Parses the interchange form: codes separated by <c>;</c>, for example <c>PARTICIPATIEWET;BANENAFSPRAAK</c>.</summary>
    /// <param name="text">The text; blanks around codes are ignored.</param>
    /// <param name="result">The set when every code was known and at least one was given.</param>
    /// <returns>Whether the text was a non-empty list of known codes.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TargetGroupSet result)
    {
        result = Empty;
        foreach (var range in text.Split(';'))
        {
            if (!TargetGroupCodes.TryParse(text[range].Trim(), out var group))
            {
                result = Empty;
                return false;
            }

            result = result.With(group);
        }

        return !result.IsEmpty;
    }

    /// <summary>Parses the interchange form (see <see cref="TryParse"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty or holds an unknown code.</exception>
    public static TargetGroupSet Parse(string text) => TryParse(Preconditions.CheckNotNull(text).AsSpan(), out var set)
        ? set
        : throw new FormatException($"'{text}' is not a ';'-separated list of target group codes ({string.Join(", ", TargetGroupCodes.All)}).");

    /// <inheritdoc />
    public IEnumerator<TargetGroup> GetEnumerator()
    {
        for (var i = 0; i < 9; i++)
        {
            if ((_bits & (1 << i)) != 0)
            {
                yield return (TargetGroup)i;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(TargetGroupSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetGroupSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits;

    /// <summary>Returns the interchange form, codes joined by <c>;</c>.</summary>
    /// <returns>The text, empty for the empty set.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var group in this)
        {
            text.Append(text.Length == 0 ? "" : ";").Append(TargetGroupCodes.ToCode(group));
        }

        return text.ToString();
    }

    /// <summary>Equality of two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether both hold the same groups.</returns>
    public static bool operator ==(TargetGroupSet left, TargetGroupSet right) => left.Equals(right);

    /// <summary>Inequality of two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether the sets differ.</returns>
    public static bool operator !=(TargetGroupSet left, TargetGroupSet right) => !left.Equals(right);

    internal static TargetGroupSet FromBits(int bits) => new(bits & AllBits);

    internal int Bits => _bits;
}
