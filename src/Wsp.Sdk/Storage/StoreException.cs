namespace Wsp.Sdk.Storage;

/// <summary>
/// Thrown by a store (opslag) when it refuses an operation: <see cref="Code"/> says why, so a caller can retry a
/// <see cref="StoreErrorCode.Conflict"/>, answer <see cref="StoreErrorCode.NotFound"/> as such, and report the rest.
/// Nothing is written when it is thrown, except with <see cref="StoreErrorCode.OutcomeUnknown"/>: then the write may
/// have taken effect.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="code">Why the operation was refused.</param>
    /// <param name="message">What was refused, naming the document.</param>
    /// <param name="innerException">The store's own exception, if any.</param>
    public StoreException(StoreErrorCode code, string message, Exception? innerException = null)
        : base(Preconditions.CheckNotNullOrWhiteSpace(message), innerException)
    {
        Code = Preconditions.CheckDefined(code);
    }

    /// <summary>Gets why the operation was refused.</summary>
    public StoreErrorCode Code { get; }
}
