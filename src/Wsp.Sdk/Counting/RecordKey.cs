using System.IO.Hashing;
using System.Text;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The record key (recordsleutel) of the cell key method: a number in [0, 2^32) fixed for each record the ministry's
/// figures count — a placement, a vacancy, an employer — so that a cell's key (the sum of its records' keys, modulo
/// 2^32) and with it the cell's perturbation depend on which records the cell holds and on nothing else (DESIGN.md,
/// Disclosure to the ministry; docs/disclosure.md).
/// </summary>
/// <remarks>
/// <para>
/// The key is the low 32 bits of XxHash3 (seed 0) of the record id's UTF-8 bytes. Derived, not drawn: the same
/// record has the same key on both stores, after a re-import and in a rebuilt store, so the same cell gets the same
/// answer always and a rebuild gives the ministry no second, independent draw to average. The stores keep it with the
/// record (SQLite's <c>record_key</c> column, Cosmos DB's <c>recordKey</c> field) and sum it in their pre-aggregates.
/// </para>
/// <para>
/// The key is no secret to partners that read the records: they see exact figures anyway. It protects against a reader
/// of aggregates only, who never sees a record id (the client refuses it every record) and so cannot compute any key.
/// Thread-safe; allocates only for ids longer than 256 characters.
/// </para>
/// </remarks>
public static class RecordKey
{
    /// <summary>Returns the record key of a record id.</summary>
    /// <param name="recordId">The record's id: a placement id, a vacancy id, an employer's KvK number.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    public static uint Of(string recordId)
    {
        Preconditions.CheckNotNull(recordId);
        var length = Encoding.UTF8.GetMaxByteCount(recordId.Length);
        Span<byte> bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(recordId, bytes);
        return unchecked((uint)XxHash3.HashToUInt64(bytes[..written]));
    }

    /// <summary>Returns the cell key of a set of record keys: their sum modulo 2^32.</summary>
    /// <param name="keys">The records' keys.</param>
    /// <returns>The cell key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    public static uint Sum(IEnumerable<uint> keys)
    {
        Preconditions.CheckNotNull(keys);
        var sum = 0u;
        foreach (var key in keys)
        {
            sum = unchecked(sum + key);
        }

        return sum;
    }
}
