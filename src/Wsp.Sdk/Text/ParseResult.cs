using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Text;

/// <summary>
/// The result of parsing input that may well be wrong (an expected failure, not an exception): the value, or every
/// error found, each naming where and why.
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
    where T : class
{
    private readonly T? _value;

    internal ParseResult(T? value, IReadOnlyList<FieldError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrDefault))]
    public bool Success => _value is not null;

    /// <summary>Gets the value, or null when parsing failed.</summary>
    public T? ValueOrDefault => _value;

    /// <summary>Gets the value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message lists the errors.</exception>
    public T Value => _value ?? throw new FormatException(string.Join(Environment.NewLine, Errors));

    /// <summary>Gets every error found; empty on success.</summary>
    public IReadOnlyList<FieldError> Errors { get; }
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>Returns a successful result.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static ParseResult<T> ForValue<T>(T value)
        where T : class => new(Preconditions.CheckNotNull(value), []);

    /// <summary>Returns a failed result.</summary>
    /// <typeparam name="T">The type that was to be parsed.</typeparam>
    /// <param name="errors">The errors, at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is null or empty.</exception>
    public static ParseResult<T> ForErrors<T>(IEnumerable<FieldError> errors)
        where T : class
    {
        var list = Preconditions.CheckNotNull(errors).Select(e => Preconditions.CheckNotNull(e, nameof(errors))).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(errors), "A failed parse has at least one error.");
        return new(null, list);
    }
}
