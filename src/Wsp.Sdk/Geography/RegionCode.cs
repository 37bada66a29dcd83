using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Geography;

/// <summary>
/// The CBS code of a labour market region (arbeidsmarktregio): <c>AM</c> followed by two digits, for example
/// <c>AM21</c> for Haaglanden. The 35 regions use AM01–AM38; AM04, AM16 and AM31 are unused.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe. The default value is not a valid code.</remarks>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>
{
    // Stored as number + 1 so that default(RegionCode) is never a valid code.
    private readonly byte _numberPlusOne;

    private RegionCode(int number) => _numberPlusOne = (byte)(number + 1);

    /// <summary>Gets the two-digit number of the code (21 for <c>AM21</c>).</summary>
    public int Number => _numberPlusOne - 1;

    /// <summary>Creates a code from its number, 1 to 99.</summary>
    /// <param name="number">The number after <c>AM</c>.</param>
    /// <returns>The code.</returns>
    public static RegionCode FromNumber(int number) => new(Preconditions.CheckArgumentRange(number, 1, 99));

    /// <summary>Parses <c>AM</c> + two digits; the prefix is accepted in any case.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a labour market region code.</exception>
    public static RegionCode Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());


    /// <inheritdoc cref="Parse(string)"/>
    public static RegionCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var code)
            ? code
            : throw new FormatException($"'{s}' is not a CBS labour market region code: expected AM followed by two digits, such as AM21.");

    /// <summary>Tries to parse <c>AM</c> + two digits.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="result">The code when parsing succeeded.</param>
    /// <returns>Whether <paramref name="s"/> was a labour market region code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out RegionCode result)
    {
        if (CodeText.TryParse(s, 'A', 'M', 2, out var number) && number > 0)
        {
            result = new RegionCode(number);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out RegionCode)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegionCode result) => TryParse(s.AsSpan(), out result);



    /// <inheritdoc />
    public bool Equals(RegionCode other) => _numberPlusOne == other._numberPlusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _numberPlusOne;

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => _numberPlusOne.CompareTo(other._numberPlusOne);

    /// <summary>Returns the code as CBS writes it, for example <c>AM21</c>; the default value gives an empty string.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => _numberPlusOne == 0 ? "" : "AM" + Number.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Equality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether both are the same code.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Inequality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left.CompareTo(right) >= 0;
}
