using System.Buffers.Text;
using System.Globalization;
using System.Text;
using SQLitePCL;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Decodes the placements table's text columns from the UTF-8 bytes SQLite hands out, for the readers that step
/// through many rows by position (<see cref="JobAgreementPlacementRows"/>, <see cref="PlacementStartRows"/>). Codes that
/// repeat (sector, partner, arrangement) become shared strings, looked up by their characters without allocating.
/// </summary>
/// <remarks>One instance per read: the caches are not thread-safe.</remarks>
internal sealed class PlacementColumns
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BookingPartner> _partners = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, decimal> _hours = [];

    /// <summary>The code as a string shared by every row that holds it.</summary>
    public string Shared(ReadOnlySpan<byte> utf8)
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

    /// <summary>
    /// The placement-starts cell of a stepped row whose first six columns are <c>region, sector_code, booking_partner,
    /// arrangement_id, target_groups, employer_kind</c>, in that order.
    /// </summary>
    public PlacementStartsKey Key(sqlite3_stmt row) => new(
        RegionCode.FromNumber(raw.sqlite3_column_int(row, 0)),
        Shared(raw.sqlite3_column_blob(row, 1)),
        Partner(raw.sqlite3_column_blob(row, 2)),
        raw.sqlite3_column_type(row, 3) == raw.SQLITE_NULL ? null : Shared(raw.sqlite3_column_blob(row, 3)),
        PlacementRows.GroupsOf(raw.sqlite3_column_int(row, 4)),
        (EmployerKind)raw.sqlite3_column_int(row, 5));

    /// <summary>The booking partner of its code, parsed once per read.</summary>
    public BookingPartner Partner(ReadOnlySpan<byte> utf8) => Partner(Shared(utf8));

    /// <summary>The booking partner of a shared code, parsed once per read.</summary>
    public BookingPartner Partner(string code)
    {
        if (!_partners.TryGetValue(code, out var partner))
        {
            partner = BookingPartner.Parse(code);
            _partners.Add(code, partner);
        }

        return partner;
    }

    /// <summary>The employer's KvK number; a column that holds none means the file is damaged.</summary>
    public static KvkNumber Employer(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[16];
        return utf8.Length <= chars.Length && Encoding.UTF8.TryGetChars(utf8, chars, out var length) && KvkNumber.TryParse(chars[..length], out var kvk)
            ? kvk
            : throw new StoreException(StoreErrorCode.Unavailable, $"A stored placement's employer '{Encoding.UTF8.GetString(utf8)}' is no KvK number: the file is damaged.");
    }

    /// <summary>
    /// The hours per week, exactly as <c>decimal.ToString(InvariantCulture)</c> wrote them, each text parsed once per read:
    /// hours repeat (a few dozen values hold nearly every placement), and parsing a decimal costs more than the rest of a
    /// job-agreement row.
    /// </summary>
    public decimal CachedHours(ReadOnlySpan<byte> utf8)
    {
        // Up to seven bytes ("12.75", "25.5") pack into one number with their length: a look-up, no allocation.
        if (utf8.Length is 0 or > 7)
        {
            return Hours(utf8);
        }

        var key = (ulong)utf8.Length;
        foreach (var b in utf8)
        {
            key = (key << 8) | b;
        }

        ref var hours = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_hours, key, out var exists);
        if (!exists)
        {
            hours = Hours(utf8);
        }

        return hours;
    }

    /// <summary>The hours per week, exactly as <c>decimal.ToString(InvariantCulture)</c> wrote them.</summary>
    public static decimal Hours(ReadOnlySpan<byte> utf8) =>
        Utf8Parser.TryParse(utf8, out decimal hours, out var consumed) && consumed == utf8.Length
            ? hours

            // Anything Utf8Parser does not take goes the long way.
            : decimal.Parse(Encoding.UTF8.GetString(utf8), NumberStyles.Number, CultureInfo.InvariantCulture);
}
