using System.Globalization;
using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// Placements CSV v1 (plaatsingen-uitwisselformaat): what partners export from their own systems, one placement per
/// row, as DESIGN.md specifies it. This type turns the fields of one row into a <see cref="Placement"/> or into every
/// error of that row, each naming its line, column and reason; reading the file itself (quoting, streaming) is the
/// caller's, with a CSV library.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class PlacementsCsvV1
{
    private static readonly NodaTime.Text.LocalDatePattern s_date = NodaTime.Text.LocalDatePattern.Iso;

    // Reasons composed once, not per row: an import parses millions.
    private static readonly string s_notTargetGroups = $"not a ';'-separated list of target groups ({string.Join(", ", TargetGroupCodes.All)})";
    private static readonly string s_notHours = $"not hours per week: a decimal with a dot in (0, {Placement.MaxHoursPerWeek}]";

    private readonly Gazetteer _gazetteer;
    private readonly SectorClassification _sectors;

    /// <summary>Initializes a parser over the given reference data.</summary>
    /// <param name="gazetteer">The municipalities codes are looked up in.</param>
    /// <param name="sectors">The sector classification <c>sector_code</c> is checked against.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlacementsCsvV1(Gazetteer gazetteer, SectorClassification sectors)
    {
        _gazetteer = Preconditions.CheckNotNull(gazetteer);
        _sectors = Preconditions.CheckNotNull(sectors);
    }

    /// <summary>Gets the parser over the shipped reference data and the Haaglanden 2015 sector classification.</summary>
    public static PlacementsCsvV1 Default { get; } = new(Gazetteer.Default, SectorClassifications.Haaglanden2015);

    /// <summary>Gets the columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "placement_id", "vacancy_id", "employer_kvk", "municipality_code", "sector_code", "candidate_ref", "booking_partner",
        "target_groups", "start_date", "end_date", "hours_per_week", "employer_kind", "arrangement_id",
    ];

    /// <summary>Checks the header row (line 1): exactly the v1 columns, in order.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields) => InterchangeRow.CheckHeader(fields, Columns, "Placements CSV v1");

    /// <summary>Parses one data row into a placement, or every error in it.</summary>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number in the file, for the errors.</param>
    /// <returns>The placement, or the errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is null or <paramref name="line"/> is below 2.</exception>
    public ParseResult<Placement> ParseRow(IReadOnlyList<string> fields, long line)
    {
        Preconditions.CheckNotNull(fields);
        var row = new InterchangeRow(Columns, fields, line, trim: false);
        if (!row.HasEveryColumn)
        {
            return ParseResult.ForErrors<Placement>(row.Errors);
        }

        var id = row.Required(0);
        var vacancyId = row.Required(1);
        var kvk = row.Parse(2, (string s, out KvkNumber v) => KvkNumber.TryParse(s, out v), "not a KvK number: eight digits");
        var municipality = ParseMunicipality(row);
        var sector = row.Required(4);
        if (sector is not null && _sectors.Find(sector) is null)
        {
            row.Fail(4, $"not a sector of classification {_sectors.Id}: one of {string.Join(", ", _sectors.Sectors.Select(s => s.Code))}");
        }

        if (!CandidateReference.TryCreate(fields[5], out var candidate, out var candidateError))
        {
            row.Fail(5, candidateError);
        }

        var partner = ParsePartner(row);
        var groups = row.Parse(7, (string s, out TargetGroupSet v) => TargetGroupSet.TryParse(s, out v), s_notTargetGroups);
        var start = row.Date(8);
        LocalDate? end = fields[9].Length == 0 ? null : row.Parse<LocalDate>(9, InterchangeRow.TryParseDate, "not a date of the form yyyy-MM-dd (or empty)");
        if (start is { } s && end is { } e && e < s)
        {
            row.Fail(9, $"ends before it starts ({fields[8]}); a one-day placement ends on its start date");
        }

        var hours = row.Parse<decimal>(10, TryParseHours, s_notHours);
        var kind = row.Parse(11, (string k, out EmployerKind v) => TryParseKind(k, out v), "not an employer kind: MARKET or GOVERNMENT");
        var arrangement = fields[12].Length == 0 ? null : fields[12];

        if (partner is { } p && groups is { } g && !p.MayBook(g))
        {
            row.Fail(6, $"may not book a candidate in {g}: WW and WAJONG are booked by UWV, PARTICIPATIEWET, WSW and STATUS_HOLDER by a municipality", RuleId.H15);
        }

        // Not row.Result(() => …): a lambda over these locals would allocate their closure for every row of an import.
        return row.HasErrors
            ? ParseResult.ForErrors<Placement>(row.Errors)
            : ParseResult.ForValue(new Placement(
                id!, vacancyId!, kvk!.Value, municipality!, sector!, candidate, partner!.Value, groups!.Value, start!.Value, end, hours!.Value, kind!.Value, arrangement));
    }

    /// <summary>
    /// Checks a parsed row's <c>arrangement_id</c> against the arrangements (rule L2): empty, or an arrangement that
    /// exists, has not ended, that the row's region (its municipality's) has joined, and that is made with the row's
    /// employer (<c>employer_kvk</c>). A row cannot say this alone, so the importer reads the arrangements once and asks
    /// per row; asking allocates nothing for a row that passes.
    /// </summary>
    /// <param name="placement">The row's placement, as <see cref="ParseRow"/> gave it.</param>
    /// <param name="line">The row's 1-based line number in the file.</param>
    /// <param name="arrangements">Which regions execute which arrangements.</param>
    /// <returns>The error naming the line, <c>arrangement_id</c> and rule L2; null when the row may name its arrangement.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="line"/> is below 2.</exception>
    public static FieldError? CheckArrangement(Placement placement, long line, ArrangementExecution arrangements)
    {
        Preconditions.CheckNotNull(placement);
        Preconditions.CheckNotNull(arrangements);
        if (line < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Data rows start at line 2, after the header.");
        }

        return arrangements.Refusal(placement) is { } reason
            ? new FieldError(line, Columns[12], placement.ArrangementId, reason, RuleId.L2)
            : null;
    }

    /// <summary>Writes a placement as the fields of one v1 row, the inverse of <see cref="ParseRow"/>.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The fields, in column order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public static IReadOnlyList<string> FormatRow(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        return
        [
            placement.Id,
            placement.VacancyId,
            placement.Employer.ToString(),
            placement.Municipality.Code.ToString(),
            placement.SectorCode,
            placement.Candidate.Value,
            placement.BookingPartner.ToString(),
            placement.TargetGroups.ToString(),
            s_date.Format(placement.Start),
            placement.End is { } end ? s_date.Format(end) : "",
            placement.HoursPerWeek.ToString(CultureInfo.InvariantCulture),
            EmployerKinds.Code(placement.EmployerKind),
            placement.ArrangementId ?? "",
        ];
    }

    private Municipality? ParseMunicipality(InterchangeRow row)
    {
        var code = row.Parse(3, (string s, out MunicipalityCode v) => MunicipalityCode.TryParse(s, out v), "not a CBS municipality code: GM and four digits");
        if (code is null)
        {
            return null;
        }

        var municipality = _gazetteer.FindMunicipality(code.Value);
        if (municipality is null)
        {
            row.Fail(3, "no municipality, current or former, has this code");
        }
        else if (municipality.Region is null)
        {
            row.Fail(3, $"{municipality.Name} was merged away in {municipality.LastYear}, before the labour market regions existed: it has no region");
            return null;
        }

        return municipality;
    }

    private BookingPartner? ParsePartner(InterchangeRow row)
    {
        var partner = row.Parse(6, (string s, out BookingPartner v) => BookingPartner.TryParse(s, out v) && IsWrittenAsItShould(s), "not a booking partner: UWV or a municipality code GMxxxx");
        if (partner is { Municipality: { } code } && _gazetteer.FindMunicipality(code) is null)
        {
            row.Fail(6, "no municipality, current or former, has this code");
            return null;
        }

        return partner;
    }

    /// <summary>Whether a booking partner that parses is written as v1 writes it: <c>UWV</c>, or <c>GM</c> in capitals and four digits.</summary>
    private static bool IsWrittenAsItShould(string text) => text == "UWV" || (text.Length == 6 && text[0] == 'G' && text[1] == 'M');

    private static bool TryParseHours(string text, out decimal hours) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours)
        && hours > 0m && hours <= Placement.MaxHoursPerWeek;

    private static bool TryParseKind(string text, out EmployerKind kind)
    {
        (var known, kind) = text switch
        {
            "MARKET" => (true, EmployerKind.Market),
            "GOVERNMENT" => (true, EmployerKind.Government),
            _ => (false, default),
        };
        return known;
    }
}
