namespace Wsp.Sdk.Interchange;

/// <summary>
/// One record of a CSV file as a CSV reader gives it (een regel van een CSV-bestand): its fields, unquoted, the line it
/// starts on, and why its quoting is malformed when it is. The SDK reads no files: the caller reads them with a CSV
/// library and hands the SDK these, so every error can name its line.
/// </summary>
/// <remarks>This type is immutable and thread-safe as long as <see cref="Fields"/> is not changed.</remarks>
public readonly struct CsvRecord : IEquatable<CsvRecord>
{
    /// <summary>Initializes a row.</summary>
    /// <param name="line">The 1-based line the record starts on (the header is line 1); a quoted field may span lines, so the next record may start further on.</param>
    /// <param name="fields">The fields, unquoted.</param>
    /// <param name="malformed">Why the record's quoting is malformed, as the reader says it; null when it is not.</param>
    /// <exception cref="ArgumentException"><paramref name="line"/> is below 1 or <paramref name="fields"/> is null.</exception>
    public CsvRecord(long line, IReadOnlyList<string> fields, string? malformed = null)
    {
        Line = line >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line), line, "Lines count from 1.");
        Fields = Preconditions.CheckNotNull(fields);
        Malformed = malformed;
    }

    /// <summary>Gets the 1-based line the record starts on.</summary>
    public long Line { get; }

    /// <summary>Gets the fields, unquoted.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Gets why the record's quoting is malformed, or null.</summary>
    public string? Malformed { get; }

    /// <summary>Returns whether two rows are equal: the same line, the same fields in order, the same reason.</summary>
    /// <param name="left">A row.</param>
    /// <param name="right">Another row.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CsvRecord left, CsvRecord right) => left.Equals(right);

    /// <summary>Returns whether two rows differ.</summary>
    /// <param name="left">A row.</param>
    /// <param name="right">Another row.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CsvRecord left, CsvRecord right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CsvRecord other) =>
        Line == other.Line && Malformed == other.Malformed && (Fields ?? []).SequenceEqual(other.Fields ?? [], StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CsvRecord other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Fields?.Count ?? 0, Malformed);
}
