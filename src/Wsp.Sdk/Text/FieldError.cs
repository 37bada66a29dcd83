using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Text;

/// <summary>One error in one field of input: where (line and column), what was there, and why it was refused.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FieldError
{
    /// <summary>Initializes an error.</summary>
    /// <param name="line">The 1-based line number in the file (the header is line 1).</param>
    /// <param name="column">The column's name, for example <c>hours_per_week</c>; empty for the row as a whole.</param>
    /// <param name="value">The value as read, or null when the column was missing.</param>
    /// <param name="reason">Why it was refused.</param>
    /// <param name="rule">The rule it breaks, when a rule of the domain is the reason.</param>
    /// <exception cref="ArgumentException">An argument is missing or the line is below 1.</exception>
    public FieldError(long line, string column, string? value, string reason, RuleId? rule = null)
    {
        Line = line >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line), line, "Lines count from 1.");
        Column = Preconditions.CheckNotNull(column);
        Value = value;
        Reason = Preconditions.CheckNotNullOrWhiteSpace(reason);
        Rule = rule;
    }

    /// <summary>Gets the 1-based line number.</summary>
    public long Line { get; }

    /// <summary>Gets the column's name; empty for the row as a whole.</summary>
    public string Column { get; }

    /// <summary>Gets the value as read, or null when missing.</summary>
    public string? Value { get; }

    /// <summary>Gets why it was refused.</summary>
    public string Reason { get; }

    /// <summary>Gets the rule it breaks, or null.</summary>
    public RuleId? Rule { get; }

    /// <summary>Returns the error as one line: <c>line 7, hours_per_week '61': …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Column.Length == 0 ? $"line {Line}" : $"line {Line}, {Column}";
        var what = Value is null ? "" : $" '{Value}'";
        var rule = Rule is { } r ? $" [{r}]" : "";
        return $"{where}{what}: {Reason}{rule}";
    }
}
