namespace Wsp.Sdk.Storage;

/// <summary>
/// Thrown when a write was issued to the store but its outcome is unknown (uitkomst onbekend): the caller stopped
/// waiting while the write was in flight (its cancellation token fired after the commit point), or the store could not
/// say whether the write took effect (<see cref="StoreErrorCode.OutcomeUnknown"/>). The write itself is never abandoned
/// half-way: it has happened whole or not at all; <see cref="Records"/> names what to read to know which.
/// </summary>
/// <remarks>
/// Every creating step of <see cref="WspClient"/> takes the caller's id and answers a retry with the same id and input
/// as it answered the first time, so retrying the step is as safe as reading the records first.
/// </remarks>
public sealed class WriteOutcomeUnknownException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="records">The records the write creates or changes; at least one.</param>
    /// <param name="innerException">Why the outcome is unknown: the cancellation, or the store's error.</param>
    /// <exception cref="ArgumentException"><paramref name="records"/> is null or empty.</exception>
    public WriteOutcomeUnknownException(IReadOnlyList<RecordReference> records, Exception? innerException = null)
        : base(MessageFor(records), innerException)
    {
        Records = records;
    }

    /// <summary>Gets the records the write creates or changes: read them to learn whether it took effect.</summary>
    public IReadOnlyList<RecordReference> Records { get; }

    /// <summary>Returns the same outcome with more records named (a placement booked on the vacancy written).</summary>
    /// <param name="more">The records to add.</param>
    /// <returns>The exception with the records added, keeping its inner exception.</returns>
    public WriteOutcomeUnknownException With(params RecordReference[] more) => new([.. Records, .. more], InnerException);

    private static string MessageFor(IReadOnlyList<RecordReference> records)
    {
        Preconditions.CheckArgument(records is { Count: > 0 }, nameof(records), "A write whose outcome is unknown names the records it writes.");
        return $"The write of {string.Join(", ", records)} was issued, but whether it took effect is unknown: it happened whole or not at all; read {(records.Count == 1 ? "it" : "them")} to know, or retry with the same ids.";
    }
}
