using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Wsp.Sdk.Employers;

/// <summary>
/// The number of an employer (werkgever) in the trade register of the Chamber of Commerce (KvK-nummer): eight
/// digits, leading zeros significant.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe. The default value is not a valid number.</remarks>
public readonly struct KvkNumber : IEquatable<KvkNumber>, IComparable<KvkNumber>
{
    // Stored as number + 1 so that default(KvkNumber) is distinguishable from 00000000.
    private readonly int _valuePlusOne;

    private const int MaxNumber = 99_999_999;

    private KvkNumber(int value) => _valuePlusOne = value + 1;

    /// <summary>Tries to parse exactly eight digits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number when parsing succeeded.</param>
    /// <returns>Whether the text was a KvK number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out KvkNumber result)
    {
        result = default;
        if (text.Length != 8)
        {
            return false;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        result = new KvkNumber(value);
        return true;
    }

    /// <summary>
    /// Gets the KvK number whose eight digits, read as a number, are <paramref name="number"/>: 12345678 for
    /// "12345678", 1234567 for "01234567". For stores that keep the number as an integer.
    /// </summary>
    /// <param name="number">The number, 0 to 99,999,999.</param>
    /// <returns>The KvK number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> has more than eight digits or is negative.</exception>
    public static KvkNumber FromNumber(int number) => number is >= 0 and <= MaxNumber
        ? new KvkNumber(number)
        : throw new ArgumentOutOfRangeException(nameof(number), number, "A KvK number has eight digits: 0 to 99999999.");

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out KvkNumber)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out KvkNumber result) => TryParse(text.AsSpan(), out result);

    /// <summary>Parses exactly eight digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not eight digits.</exception>
    public static KvkNumber Parse(string text) => TryParse(Preconditions.CheckNotNull(text).AsSpan(), out var number)
        ? number
        : throw new FormatException($"'{text}' is not a KvK number: expected exactly eight digits.");

    /// <inheritdoc />
    public bool Equals(KvkNumber other) => _valuePlusOne == other._valuePlusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KvkNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _valuePlusOne;

    /// <inheritdoc />
    public int CompareTo(KvkNumber other) => _valuePlusOne.CompareTo(other._valuePlusOne);

    /// <summary>Gets a number that orders as <see cref="CompareTo"/> does: 0 for the default value, below 2^27 for any other.</summary>
    internal int OrderKey => _valuePlusOne;

    /// <summary>Returns the eight digits; the default value gives an empty string.</summary>
    /// <returns>The number as text.</returns>
    public override string ToString() => _valuePlusOne == 0 ? "" : (_valuePlusOne - 1).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>Equality of two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether both are the same.</returns>
    public static bool operator ==(KvkNumber left, KvkNumber right) => left.Equals(right);

    /// <summary>Inequality of two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(KvkNumber left, KvkNumber right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(KvkNumber left, KvkNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(KvkNumber left, KvkNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(KvkNumber left, KvkNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(KvkNumber left, KvkNumber right) => left.CompareTo(right) >= 0;
}
