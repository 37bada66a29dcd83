using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Placements;

/// <summary>
/// The pseudonym of a candidate (kandidaatreferentie). Never a BSN: the SDK stores no citizen service numbers, so a
/// value that is a BSN in any spelling — nine digits, or eight with the leading zero dropped, passing the BSN
/// eleven-test (elfproef), with or without spaces, dots or dashes between them — is refused wherever a reference is taken.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe. The default value is not a valid reference.</remarks>
public readonly struct CandidateReference : IEquatable<CandidateReference>
{
    private const int MaxLength = 64;
    private readonly string? _value;

    private CandidateReference(string value) => _value = value;

    /// <summary>Gets the pseudonym.</summary>
    public string Value => _value ?? "";

    /// <summary>Tries to accept <paramref name="text"/> as a pseudonym.</summary>
    /// <param name="text">The pseudonym: 1–64 printable characters without spaces at either end.</param>
    /// <param name="result">The reference when accepted.</param>
    /// <param name="error">Why it was refused, when refused.</param>
    /// <returns>Whether the text is an acceptable pseudonym.</returns>
    public static bool TryCreate(string? text, out CandidateReference result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        error = text switch
        {
            null or "" => "A candidate reference is required.",
            { Length: > MaxLength } => $"A candidate reference has at most {MaxLength} characters.",
            _ when text.Trim().Length != text.Length => "A candidate reference has no spaces at either end.",
            _ when HasControlCharacter(text) => "A candidate reference holds no control characters.",
            _ when LooksLikeBsn(text) => "A candidate reference must be a pseudonym, never a BSN: nine digits (or eight, the leading zero dropped) that pass the eleven-test are refused, with or without spaces, dots or dashes.",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        result = new CandidateReference(text!);
        return true;
    }

    /// <summary>Accepts <paramref name="text"/> as a pseudonym.</summary>
    /// <param name="text">The pseudonym.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The text is empty, too long, padded, or a BSN.</exception>
    public static CandidateReference Create(string text) =>
        TryCreate(Preconditions.CheckNotNull(text), out var reference, out var error) ? reference : throw new ArgumentException(error, nameof(text));

    /// <summary>
    /// Returns whether <paramref name="text"/> is a BSN in any spelling: nine digits, or eight (a BSN with its leading
    /// zero dropped, as spreadsheets store it), that pass the BSN eleven-test, with any spaces, dots or dashes between
    /// them (<c>123456782</c>, <c>123 456 782</c>, <c>123.456.782</c>, <c>123-45-6782</c>, <c>12345672</c> for
    /// <c>012345672</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it could be a BSN.</returns>
    /// <remarks>Allocates nothing: an import asks it for every row.</remarks>
    public static bool LooksLikeBsn(ReadOnlySpan<char> text)
    {
        // Weighed from the last digit back (-1, 2, 3, … 9), so a dropped leading zero, whose weight would be 9, changes nothing.
        var digits = 0;
        var sum = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 9)
                {
                    return false;
                }

                sum += (c - '0') * (digits == 1 ? -1 : digits);
            }
            else if (c is not (' ' or '.' or '-'))
            {
                return false;
            }
        }

        return digits >= 8 && sum % 11 == 0;
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(CandidateReference other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CandidateReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality of two references.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether both are the same pseudonym.</returns>
    public static bool operator ==(CandidateReference left, CandidateReference right) => left.Equals(right);

    /// <summary>Inequality of two references.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CandidateReference left, CandidateReference right) => !left.Equals(right);
}
