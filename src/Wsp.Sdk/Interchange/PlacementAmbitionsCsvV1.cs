using System.Globalization;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// Placement ambitions CSV v1 (plaatsingsambities, rule H4): the ambition tables of any region and year, one cell per
/// row, as DESIGN.md specifies it (<c>wsp import ambitions FILE</c>). UTF-8, comma, header row; each field is read
/// without its surrounding spaces. <see cref="ParseRow"/> turns one row into a cell or into every error of that row;
/// <see cref="Tables"/> turns the good rows into tables or names every duplicate. Reading the file is the caller's.
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>region_code</c> (<c>AMxx</c>), <c>year</c> (2012, the regions' first, to 2100), <c>classification</c>
/// (the id of a sector classification, for example <c>haaglanden-2015</c>), <c>sector_code</c> (a sector of that
/// classification), <c>partner</c> (<c>UWV</c> or the code of a municipality of that region in that year) and
/// <c>ambition</c> (placements aimed for, a whole number, 0 or more).
/// </para>
/// <para>
/// A region's table for a year is the file's rows of that region and year: one classification, its partners in the order
/// they first appear, and a sector × partner the file does not name aims for 0 placements. A cell named twice is refused,
/// so is a second classification. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PlacementAmbitionsCsvV1
{
    /// <summary>The first year an ambition can be for: the labour market regions' first (2012).</summary>
    public const int FirstYear = 2012;

    /// <summary>The last year an ambition can be for.</summary>
    public const int LastYear = 2100;

    private readonly Gazetteer _gazetteer;
    private readonly IReadOnlyList<SectorClassification> _classifications;

    /// <summary>Initializes a parser over the given reference data.</summary>
    /// <param name="gazetteer">The regions and municipalities codes are looked up in.</param>
    /// <param name="classifications">The sector classifications <c>classification</c> may name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PlacementAmbitionsCsvV1(Gazetteer gazetteer, IEnumerable<SectorClassification> classifications)
    {
        _gazetteer = Preconditions.CheckNotNull(gazetteer);
        _classifications = [.. Preconditions.CheckNotNull(classifications).Select(c => Preconditions.CheckNotNull(c, nameof(classifications)))];
    }

    /// <summary>Gets the parser over the shipped reference data and classifications.</summary>
    public static PlacementAmbitionsCsvV1 Default { get; } = new(Gazetteer.Default, SectorClassifications.All);

    /// <summary>Gets the columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["region_code", "year", "classification", "sector_code", "partner", "ambition"];

    /// <summary>Checks the header row (line 1): exactly the v1 columns, in order.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields) => InterchangeRow.CheckHeader(fields, Columns, "Placement ambitions CSV v1");

    /// <summary>Parses one data row into a cell of a region's table, or every error in it.</summary>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number in the file, for the errors.</param>
    /// <returns>The row, or the errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is null or <paramref name="line"/> is below 2.</exception>
    public ParseResult<PlacementAmbitionRow> ParseRow(IReadOnlyList<string> fields, long line)
    {
        Preconditions.CheckNotNull(fields);
        var row = new InterchangeRow(Columns, fields, line, trim: true);
        if (!row.HasEveryColumn)
        {
            return ParseResult.ForErrors<PlacementAmbitionRow>(row.Errors);
        }

        var region = row.Region(0, _gazetteer);
        var year = row.Parse(1, (string s, out int v) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v) && v is >= FirstYear and <= LastYear, $"not a year from {FirstYear} to {LastYear}");
        var classification = row.Required(2) is { } id ? _classifications.FirstOrDefault(c => c.Id == id) : null;
        if (classification is null && row.Errors.All(e => e.Column != Columns[2]))
        {
            row.Fail(2, $"not a sector classification: one of {string.Join(", ", _classifications.Select(c => c.Id))}");
        }

        var sector = row.Required(3);
        if (sector is not null && classification is not null && classification.Find(sector) is null)
        {
            row.Fail(3, $"not a sector of classification {classification.Id}: one of {string.Join(", ", classification.Sectors.Select(s => s.Code))}");
        }

        var partner = ParsePartner(row, region, year);
        var ambition = row.Parse(5, (string s, out int v) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v), "not a number of placements: a whole number, 0 or more");
        return row.Result(() => new PlacementAmbitionRow(line, region!.Value, year!.Value, classification!, new PlacementAmbition(sector!, partner!.Value, ambition!.Value)));
    }

    /// <summary>
    /// Builds the tables of the good rows: one per region and year, its partners in the order they first appear, a
    /// sector × partner no row names at 0. Refuses, each on its line, a cell given twice (naming the line it was first
    /// given on) and a classification other than the one the region's year started with.
    /// </summary>
    /// <param name="rows">The parsed rows, in file order.</param>
    /// <returns>The tables, ordered by region and year, or every error.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is null or holds a null.</exception>
    public static ParseResult<IReadOnlyList<PlacementAmbitionTable>> Tables(IEnumerable<PlacementAmbitionRow> rows)
    {
        Preconditions.CheckNotNull(rows);
        var errors = new List<FieldError>();
        var tables = new List<PlacementAmbitionTable>();
        foreach (var table in rows.Select(r => Preconditions.CheckNotNull(r, nameof(rows))).GroupBy(r => (r.Region, r.Year)).OrderBy(g => g.Key.Region).ThenBy(g => g.Key.Year))
        {
            var first = table.First();
            var cells = new Dictionary<(string, BookingPartner), PlacementAmbitionRow>();
            foreach (var row in table)
            {
                if (row.Classification != first.Classification)
                {
                    errors.Add(new FieldError(row.Line, Columns[2], row.Classification.Id, $"{row.Region} {row.Year.ToString(CultureInfo.InvariantCulture)} follows classification {first.Classification.Id} from line {first.Line.ToString(CultureInfo.InvariantCulture)}: one table has one classification"));
                }
                else if (!cells.TryAdd((row.Cell.SectorCode, row.Cell.Partner), row))
                {
                    var earlier = cells[(row.Cell.SectorCode, row.Cell.Partner)];
                    errors.Add(new FieldError(row.Line, "", $"{row.Region},{row.Year.ToString(CultureInfo.InvariantCulture)},{row.Cell.SectorCode},{row.Cell.Partner}", $"a duplicate: {row.Region} {row.Year.ToString(CultureInfo.InvariantCulture)} {row.Cell.SectorCode} × {row.Cell.Partner} is given on line {earlier.Line.ToString(CultureInfo.InvariantCulture)} already"));
                }
            }

            BookingPartner[] partners = [.. table.Select(r => r.Cell.Partner).Distinct()];
            var complete = first.Classification.Sectors.SelectMany(s => partners.Select(p => cells.TryGetValue((s.Code, p), out var given) ? given.Cell : new PlacementAmbition(s.Code, p, 0)));
            tables.Add(new PlacementAmbitionTable(first.Region, first.Year, first.Classification, partners, complete));
        }

        return errors.Count > 0 ? ParseResult.ForErrors<IReadOnlyList<PlacementAmbitionTable>>(errors) : ParseResult.ForValue<IReadOnlyList<PlacementAmbitionTable>>(tables);
    }

    /// <summary>Writes a table as v1 rows, row by row (a cell of 0 included), the inverse of <see cref="ParseRow"/> and <see cref="Tables"/>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The rows' fields, in column order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static IEnumerable<IReadOnlyList<string>> FormatRows(PlacementAmbitionTable table)
    {
        Preconditions.CheckNotNull(table);
        return table.Cells.Select(c => (IReadOnlyList<string>)
        [
            table.Region.ToString(), table.Year.ToString(CultureInfo.InvariantCulture), table.Classification.Id, c.SectorCode, c.Partner.ToString(), c.Placements.ToString(CultureInfo.InvariantCulture),
        ]);
    }

    private BookingPartner? ParsePartner(InterchangeRow row, RegionCode? region, int? year)
    {
        var partner = row.Parse(4, (string s, out BookingPartner v) => BookingPartner.TryParse(s, out v) && s == v.ToString(), "not a partner: UWV or a municipality code GMxxxx");
        if (partner is not { Municipality: { } code })
        {
            return partner;
        }

        var municipality = _gazetteer.FindMunicipality(code);
        if (municipality is null)
        {
            row.Fail(4, "no municipality, current or former, has this code");
            return null;
        }

        if (region is { } r && municipality.Region?.Code != r)
        {
            row.Fail(4, $"{municipality.Name} is not a municipality of region {r} ({municipality.Region?.Code.ToString() ?? "none"}); the partners of a region's table are UWV and its municipalities");
            return null;
        }

        if (year is { } y && !municipality.IsCurrent && y > municipality.LastYear)
        {
            row.Fail(4, $"{municipality.Name} was merged away after {municipality.LastYear.ToString(CultureInfo.InvariantCulture)}: no partner in {y.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return partner;
    }
}
