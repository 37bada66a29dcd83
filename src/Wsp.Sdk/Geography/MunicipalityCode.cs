using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Geography;

/// <summary>
/// The CBS code of a municipality (gemeentecode): <c>GM</c> followed by four digits, for example <c>GM0363</c>
/// for Amsterdam. A rename keeps the code; a merger creates a new one.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe. The default value is not a valid code.</remarks>
public readonly struct MunicipalityCode : IEquatable<MunicipalityCode>, IComparable<MunicipalityCode>
{
    // Stored as number + 1 so that default(MunicipalityCode) is distinguishable from GM0000.
    private readonly short _numberPlusOne;

    private MunicipalityCode(int number) => _numberPlusOne = (short)(number + 1);

    /// <summary>Gets the four-digit number of the code (363 for <c>GM0363</c>).</summary>
    public int Number => _numberPlusOne - 1;

    /// <summary>Creates a code from its number, 0 to 9999.</summary>
    /// <param name="number">The number after <c>GM</c>.</param>
    /// <returns>The code.</returns>
    public static MunicipalityCode FromNumber(int number) => new(Preconditions.CheckArgumentRange(number, 0, 9999));

    /// <summary>Parses <c>GM</c> + four digits; the prefix is accepted in any case.</summary>
    /// <param name="s">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a municipality code.</exception>
    public static MunicipalityCode Parse(string s) => Parse(Preconditions.CheckNotNull(s).AsSpan());


    /// <inheritdoc cref="Parse(string)"/>
    public static MunicipalityCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var code)
            ? code
            : throw new FormatException($"'{s}' is not a CBS municipality code: expected GM followed by four digits, such as GM0363.");

    /// <summary>Tries to parse <c>GM</c> + four digits.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="result">The code when parsing succeeded.</param>
    /// <returns>Whether <paramref name="s"/> was a municipality code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out MunicipalityCode result)
    {
        if (CodeText.TryParse(s, 'G', 'M', 4, out var number))
        {
            result = new MunicipalityCode(number);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out MunicipalityCode)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, out MunicipalityCode result) => TryParse(s.AsSpan(), out result);



    /// <inheritdoc />
    public bool Equals(MunicipalityCode other) => _numberPlusOne == other._numberPlusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MunicipalityCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _numberPlusOne;

    /// <inheritdoc />
    public int CompareTo(MunicipalityCode other) => _numberPlusOne.CompareTo(other._numberPlusOne);

    /// <summary>Returns the code as CBS writes it, for example <c>GM0363</c>; the default value gives an empty string.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => _numberPlusOne == 0 ? "" : "GM" + Number.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Equality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether both are the same code.</returns>
    public static bool operator ==(MunicipalityCode left, MunicipalityCode right) => left.Equals(right);

    /// <summary>Inequality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(MunicipalityCode left, MunicipalityCode right) => !left.Equals(right);

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by number.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) >= 0;
}
