using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Employers;

/// <summary>
/// A Dutch postcode: four digits (the first not zero) and two letters, written <c>2611 AB</c>. Parsing forgives
/// case and the space; letter pairs PostNL never issues (<c>SA</c>, <c>SD</c>, <c>SS</c>) are refused.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe. The default value is not a valid postcode.</remarks>
public readonly struct Postcode : IEquatable<Postcode>
{
    private readonly string? _value;

    private Postcode(string value) => _value = value;

    /// <summary>Gets the postcode in its canonical form, <c>2611 AB</c>.</summary>
    public string Value => _value ?? "";

    /// <summary>Tries to parse a postcode.</summary>
    /// <param name="text">The text, for example <c>2611ab</c> or <c>2611 AB</c>.</param>
    /// <param name="result">The postcode when parsing succeeded.</param>
    /// <returns>Whether the text was a postcode.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Postcode result)
    {
        result = default;
        text = text.Trim();
        if (text.Length == 7 && text[4] == ' ')
        {
            text = string.Concat(text[..4], text[5..]);
        }

        if (text.Length != 6 || text[0] is < '1' or > '9')
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        var letters = string.Concat(char.ToUpperInvariant(text[4]), char.ToUpperInvariant(text[5]));
        if (!char.IsAsciiLetterUpper(letters[0]) || !char.IsAsciiLetterUpper(letters[1]) || letters is "SA" or "SD" or "SS")
        {
            return false;
        }

        result = new Postcode($"{text[..4]} {letters}");
        return true;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Postcode)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out Postcode result) => TryParse(text.AsSpan(), out result);

    /// <summary>Parses a postcode.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The postcode.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a Dutch postcode.</exception>
    public static Postcode Parse(string text) => TryParse(Preconditions.CheckNotNull(text).AsSpan(), out var postcode)
        ? postcode
        : throw new FormatException($"'{text}' is not a Dutch postcode: expected four digits and two letters, such as 2611 AB.");

    /// <inheritdoc />
    public bool Equals(Postcode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Postcode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality of two postcodes.</summary>
    /// <param name="left">The first postcode.</param>
    /// <param name="right">The second postcode.</param>
    /// <returns>Whether both are the same.</returns>
    public static bool operator ==(Postcode left, Postcode right) => left.Equals(right);

    /// <summary>Inequality of two postcodes.</summary>
    /// <param name="left">The first postcode.</param>
    /// <param name="right">The second postcode.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Postcode left, Postcode right) => !left.Equals(right);
}
