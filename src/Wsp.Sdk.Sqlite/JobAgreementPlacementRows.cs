using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The rows of the active banenafspraak placements a job-agreement breakdown reads (region, employer kind, sector,
/// partner, arrangement, employer, hours), stepped through SQLitePCL by position and decoded from their UTF-8 bytes.
/// </summary>
/// <remarks>
/// A national breakdown by employer reads some 200,000 of these rows: through a data reader every text column became
/// a string first (and the KvK number and the hours were parsed from it), which cost twice SQLite's own scan. Codes
/// that repeat (sector, partner, arrangement) are shared strings, looked up by their characters without allocating.
/// </remarks>
internal sealed class JobAgreementPlacementRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _select;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BookingPartner> _partners = new(StringComparer.Ordinal);

    /// <summary>Prepares <paramref name="sql"/>, whose only parameter (<c>?1</c>) is the measuring day.</summary>
    public JobAgreementPlacementRows(SqliteConnection connection, string sql, int day)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _select), _db);
        SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int(_select, 1, day), _db);
    }

    /// <summary>Gets the row <see cref="Next"/> read last.</summary>
    public JobAgreementPlacement Current { get; private set; } = null!;

    /// <summary>Reads the next row into <see cref="Current"/>.</summary>
    /// <returns>Whether there was one.</returns>
    public bool Next()
    {
        var step = raw.sqlite3_step(_select);
        if (step == raw.SQLITE_DONE)
        {
            return false;
        }

        if (step != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(step, _db);
        }

        var s = _select;
        var partnerCode = Shared(raw.sqlite3_column_blob(s, 3));
        if (!_partners.TryGetValue(partnerCode, out var partner))
        {
            partner = BookingPartner.Parse(partnerCode);
            _partners.Add(partnerCode, partner);
        }

        var key = new JobAgreementLedgerKey(
            RegionCode.FromNumber(raw.sqlite3_column_int(s, 0)),
            (EmployerKind)raw.sqlite3_column_int(s, 1),
            Shared(raw.sqlite3_column_blob(s, 2)),
            partner,
            raw.sqlite3_column_type(s, 4) == raw.SQLITE_NULL ? null : Shared(raw.sqlite3_column_blob(s, 4)));
        Current = new JobAgreementPlacement(key, Employer(raw.sqlite3_column_blob(s, 5)), Hours(raw.sqlite3_column_blob(s, 6)));
        return true;
    }

    public void Dispose() => _select.Dispose();

    private static KvkNumber Employer(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[16];
        return utf8.Length <= chars.Length && Encoding.UTF8.TryGetChars(utf8, chars, out var length) && KvkNumber.TryParse(chars[..length], out var kvk)
            ? kvk
            : throw new StoreException(StoreErrorCode.Unavailable, $"A stored placement's employer '{Encoding.UTF8.GetString(utf8)}' is no KvK number: the file is damaged.");
    }

    private static decimal Hours(ReadOnlySpan<byte> utf8) =>
        Utf8Parser.TryParse(utf8, out decimal hours, out var consumed) && consumed == utf8.Length
            ? hours

            // The column holds what decimal.ToString(InvariantCulture) wrote; anything Utf8Parser does not take goes the long way.
            : decimal.Parse(Encoding.UTF8.GetString(utf8), NumberStyles.Number, CultureInfo.InvariantCulture);

    private string Shared(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[128];
        if (utf8.Length > chars.Length || !Encoding.UTF8.TryGetChars(utf8, chars, out var length))
        {
            return LedgerRows.Intern(_strings, Encoding.UTF8.GetString(utf8));
        }

        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars[..length], out var shared))
        {
            shared = new string(chars[..length]);
            _strings.Add(shared, shared);
        }

        return shared;
    }
}
