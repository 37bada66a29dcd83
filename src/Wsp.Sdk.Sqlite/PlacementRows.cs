using System.Globalization;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements table's rows: a prepared insert that binds a placement's counting columns (region, day numbers,
/// hours, employer kind, target groups as a bitmask), and the mapping of a row back to a <see cref="Placement"/>.
/// </summary>
internal sealed class PlacementRows : IDisposable
{
    public const string Columns =
        "id, vacancy_id, employer, municipality, sector_code, candidate, booking_partner, target_groups, start_day, end_day, hours_per_week, employer_kind, arrangement_id";

    private static readonly TargetGroupSet[] s_sets = [.. Enumerable.Range(0, 512).Select(SetOf)];

    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _parameters;

    public PlacementRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO placements (import_seq, id, vacancy_id, employer, municipality, region, sector_code, candidate, booking_partner, target_groups, start_day, end_day, hours_per_week, employer_kind, arrangement_id) " +
            "VALUES ($import, $id, $vacancy, $employer, $municipality, $region, $sector, $candidate, $partner, $groups, $start, $end, $hours, $kind, $arrangement);";
        _parameters =
        [
            _insert.Parameters.Add("$import", SqliteType.Integer),
            _insert.Parameters.Add("$id", SqliteType.Text),
            _insert.Parameters.Add("$vacancy", SqliteType.Text),
            _insert.Parameters.Add("$employer", SqliteType.Text),
            _insert.Parameters.Add("$municipality", SqliteType.Integer),
            _insert.Parameters.Add("$region", SqliteType.Integer),
            _insert.Parameters.Add("$sector", SqliteType.Text),
            _insert.Parameters.Add("$candidate", SqliteType.Text),
            _insert.Parameters.Add("$partner", SqliteType.Text),
            _insert.Parameters.Add("$groups", SqliteType.Integer),
            _insert.Parameters.Add("$start", SqliteType.Integer),
            _insert.Parameters.Add("$end", SqliteType.Integer),
            _insert.Parameters.Add("$hours", SqliteType.Text),
            _insert.Parameters.Add("$kind", SqliteType.Integer),
            _insert.Parameters.Add("$arrangement", SqliteType.Text),
        ];
        _insert.Prepare();
    }

    /// <summary>Inserts one placement; an existing id fails with SQLite's constraint error.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="importSeq">The import it belongs to, or null for a placement booked on a vacancy.</param>
    public void Insert(Placement placement, long? importSeq)
    {
        var p = _parameters;
        p[0].Value = importSeq is { } seq ? seq : DBNull.Value;
        p[1].Value = placement.Id;
        p[2].Value = placement.VacancyId;
        p[3].Value = placement.Employer.ToString();
        p[4].Value = placement.Municipality.Code.Number;
        p[5].Value = placement.Region.Code.Number;
        p[6].Value = placement.SectorCode;
        p[7].Value = placement.Candidate.Value;
        p[8].Value = placement.BookingPartner.ToString();
        p[9].Value = BitsOf(placement.TargetGroups);
        p[10].Value = Days.Of(placement.Start);
        p[11].Value = placement.End is { } end ? Days.Of(end) : DBNull.Value;
        p[12].Value = placement.HoursPerWeek.ToString(CultureInfo.InvariantCulture);
        p[13].Value = (int)placement.EmployerKind;
        p[14].Value = (object?)placement.ArrangementId ?? DBNull.Value;
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();

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
