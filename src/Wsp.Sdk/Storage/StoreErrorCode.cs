namespace Wsp.Sdk.Storage;

/// <summary>Why a store refused an operation; callers handle each differently.</summary>
public enum StoreErrorCode
{
    /// <summary>The document changed since it was read (optimistic concurrency): read again, reapply, retry.</summary>
    Conflict = 0,

    /// <summary>No document has that id.</summary>
    NotFound = 1,

    /// <summary>A document with that id exists already.</summary>
    AlreadyExists = 2,

    /// <summary>The store cannot be reached or failed; the operation may be retried later.</summary>
    Unavailable = 3,

    /// <summary>
    /// A write was sent, but the store did not say whether it took effect (a timeout or a lost connection after the
    /// request went out): the document may or may not be written. Read it to know; a retry with the same id is safe.
    /// </summary>
    OutcomeUnknown = 4,
}
