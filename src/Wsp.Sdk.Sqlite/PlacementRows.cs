using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements table's rows: a prepared insert that binds a placement's counting columns (region, day numbers,
/// hours, employer kind, target groups as a bitmask, record key), and the mapping of a row back to a <see cref="Placement"/>.
/// </summary>
/// <remarks>
/// The insert is a SQLite statement bound by position through SQLitePCL directly, not a <see cref="SqliteCommand"/>: an
/// import runs it a million times, and the command's per-call work (a data reader per execution, parameters bound by
/// name, each value boxed and type-switched) cost as much as SQLite's own. It runs on the connection's handle, so it is
/// inside the connection's transaction like any command.
/// </remarks>
internal sealed class PlacementRows : IDisposable
{
    public const string Columns =
        "id, vacancy_id, employer, municipality, sector_code, candidate, booking_partner, target_groups, start_day, end_day, hours_per_week, employer_kind, arrangement_id";

    private const string InsertSql = "INSERT INTO placements (import_seq, id, vacancy_id, employer, municipality, region, sector_code, candidate, booking_partner, target_groups, start_day, end_day, hours_per_week, employer_kind, arrangement_id, record_key) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16);";

    private static readonly TargetGroupSet[] s_sets = [.. Enumerable.Range(0, 512).Select(SetOf)];

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly Dictionary<BookingPartner, string> _partners = [];

    public PlacementRows(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, InsertSql, out _insert), _db);
    }

    /// <summary>Inserts one placement; an existing id fails with SQLite's constraint error.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="importSeq">The import it belongs to, or null for a placement booked on a vacancy.</param>
    /// <returns>The row's rowid.</returns>
    public long Insert(Placement placement, long? importSeq)
    {
        var s = _insert;
        Span<char> hours = stackalloc char[32];
        if (!placement.HoursPerWeek.TryFormat(hours, out var hoursLength, provider: CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Hours per week '{placement.HoursPerWeek}' do not fit the column.");
        }

        if (!_partners.TryGetValue(placement.BookingPartner, out var partner))
        {
            partner = placement.BookingPartner.ToString();
            _partners.Add(placement.BookingPartner, partner);
        }

        Check(importSeq is { } seq ? raw.sqlite3_bind_int64(s, 1, seq) : raw.sqlite3_bind_null(s, 1));
        Check(raw.sqlite3_bind_text16(s, 2, placement.Id));
        Check(raw.sqlite3_bind_text16(s, 3, placement.VacancyId));
        Check(raw.sqlite3_bind_text16(s, 4, placement.Employer.ToString()));
        Check(raw.sqlite3_bind_int(s, 5, placement.Municipality.Code.Number));
        Check(raw.sqlite3_bind_int(s, 6, placement.Region.Code.Number));
        Check(raw.sqlite3_bind_text16(s, 7, placement.SectorCode));
        Check(raw.sqlite3_bind_text16(s, 8, placement.Candidate.Value));
        Check(raw.sqlite3_bind_text16(s, 9, partner));
        Check(raw.sqlite3_bind_int(s, 10, BitsOf(placement.TargetGroups)));
        Check(raw.sqlite3_bind_int(s, 11, Days.Of(placement.Start)));
        Check(placement.End is { } end ? raw.sqlite3_bind_int(s, 12, Days.Of(end)) : raw.sqlite3_bind_null(s, 12));
        Check(raw.sqlite3_bind_text16(s, 13, hours[..hoursLength]));
        Check(raw.sqlite3_bind_int(s, 14, (int)placement.EmployerKind));
        Check(placement.ArrangementId is { } arrangement ? raw.sqlite3_bind_text16(s, 15, arrangement) : raw.sqlite3_bind_null(s, 15));
        Check(raw.sqlite3_bind_int64(s, 16, Wsp.Sdk.Counting.RecordKey.Of(placement.Id)));
        var done = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (done != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(done, _db);
        }

        return raw.sqlite3_last_insert_rowid(_db);
    }

    public void Dispose() => _insert.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>Returns the target groups a <c>target_groups</c> bitmask stands for.</summary>
    /// <param name="bits">The bitmask.</param>
    /// <returns>The set.</returns>
    public static TargetGroupSet GroupsOf(int bits) => s_sets[bits];

    /// <summary>Reads a row selected with <see cref="Columns"/>, in that order.</summary>
    /// <param name="reader">The reader, on a row.</param>
    /// <param name="partners">A cache of parsed booking partners, per stream.</param>
    /// <returns>The placement, checked by its own constructor.</returns>
    public static Placement Read(SqliteDataReader reader, Dictionary<string, BookingPartner> partners)
    {
        var partnerText = reader.GetString(6);
        if (!partners.TryGetValue(partnerText, out var partner))
        {
            partner = BookingPartner.Parse(partnerText);
            partners.Add(partnerText, partner);
        }

        return new Placement(
            reader.GetString(0),
            reader.GetString(1),
            KvkNumber.Parse(reader.GetString(2)),
            Gazetteer.Default.GetMunicipality(MunicipalityCode.FromNumber(reader.GetInt32(3))),
            reader.GetString(4),
            CandidateReference.Create(reader.GetString(5)),
            partner,
            s_sets[reader.GetInt32(7)],
            Days.ToDate(reader.GetInt32(8)),
            reader.IsDBNull(9) ? null : Days.ToDate(reader.GetInt32(9)),
            decimal.Parse(reader.GetString(10), NumberStyles.Number, CultureInfo.InvariantCulture),
            (EmployerKind)reader.GetInt32(11),
            reader.IsDBNull(12) ? null : reader.GetString(12));
    }

    private static int BitsOf(TargetGroupSet groups)
    {
        var bits = 0;
        foreach (var group in groups)
        {
            bits |= 1 << (int)group;
        }

        return bits;
    }

    private static TargetGroupSet SetOf(int bits)
    {
        var set = TargetGroupSet.Empty;
        for (var i = 0; i < 9; i++)
        {
            if ((bits & (1 << i)) != 0)
            {
                set = set.With((TargetGroup)i);
            }
        }

        return set;
    }
}
