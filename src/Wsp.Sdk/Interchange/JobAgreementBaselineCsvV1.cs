using System.Globalization;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// Job-agreement baseline CSV v1 (nulmeting per regio en soort werkgever): the jobs each region had at market and
/// government employers at the baseline (end December 2012), the input of extra-jobs/1 that partners' records cannot give,
/// as DESIGN.md specifies it (<c>wsp extract extra-jobs --at D --baseline FILE</c>; stored with <c>wsp import baseline FILE</c>).
/// UTF-8, comma, header row; each field is read without its surrounding spaces. Reading the file is the caller's.
/// </summary>
/// <remarks>
/// Columns: <c>region_code</c> (<c>AMxx</c>), <c>employer_kind</c> (<c>MARKET</c> or <c>GOVERNMENT</c>) and
/// <c>jobs</c> (a decimal with a dot, 0 or more). A region and kind given twice is refused. Instances are immutable and thread-safe.
/// </remarks>
public sealed class JobAgreementBaselineCsvV1
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Initializes a parser over the given reference data.</summary>
    /// <param name="gazetteer">The regions codes are looked up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public JobAgreementBaselineCsvV1(Gazetteer gazetteer) => _gazetteer = Preconditions.CheckNotNull(gazetteer);

    /// <summary>Gets the parser over the shipped reference data.</summary>
    public static JobAgreementBaselineCsvV1 Default { get; } = new(Gazetteer.Default);

    /// <summary>Gets the columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["region_code", "employer_kind", "jobs"];

    /// <summary>Checks the header row (line 1): exactly the v1 columns, in order.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields) => InterchangeRow.CheckHeader(fields, Columns, "Job-agreement baseline CSV v1");

    /// <summary>Parses one data row into a baseline cell, or every error in it.</summary>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number in the file, for the errors.</param>
    /// <returns>The row, or the errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is null or <paramref name="line"/> is below 2.</exception>
    public ParseResult<JobAgreementBaselineRow> ParseRow(IReadOnlyList<string> fields, long line)
    {
        Preconditions.CheckNotNull(fields);
        var row = new InterchangeRow(Columns, fields, line, trim: true);
        if (!row.HasEveryColumn)
        {
            return ParseResult.ForErrors<JobAgreementBaselineRow>(row.Errors);
        }

        var region = row.Region(0, _gazetteer);
        var kind = row.Kind(1);
        var jobs = row.Parse(2, (string s, out decimal v) => decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v), "not a number of jobs: a decimal with a dot, 0 or more");
        return row.Result(() => new JobAgreementBaselineRow(line, new JobAgreementBaselineCell(region!.Value, kind!.Value, jobs!.Value)));
    }

    /// <summary>Builds the baseline of the good rows; a region and kind given twice is refused on its line, naming the line it was first given on.</summary>
    /// <param name="rows">The parsed rows, in file order.</param>
    /// <param name="source">Where the figures come from, for example the file's name and SHA-256.</param>
    /// <returns>The baseline (dated end December 2012), or every error.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is null or holds a null, or <paramref name="source"/> is missing.</exception>
    public static ParseResult<JobAgreementBaselineTable> Table(IEnumerable<JobAgreementBaselineRow> rows, string source)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNullOrWhiteSpace(source);
        var errors = new List<FieldError>();
        var seen = new Dictionary<(RegionCode, EmployerKind), long>();
        var cells = new List<JobAgreementBaselineCell>();
        foreach (var row in rows.Select(r => Preconditions.CheckNotNull(r, nameof(rows))))
        {
            var (region, kind) = (row.Cell.Region, row.Cell.EmployerKind);
            if (seen.TryGetValue((region, kind), out var first))
            {
                errors.Add(new FieldError(row.Line, "", $"{region},{InterchangeRow.KindCode(kind)}", $"a duplicate: the baseline of {region} {InterchangeRow.KindCode(kind)} is given on line {first.ToString(CultureInfo.InvariantCulture)} already"));
                continue;
            }

            seen.Add((region, kind), row.Line);
            cells.Add(row.Cell);
        }

        return errors.Count > 0 ? ParseResult.ForErrors<JobAgreementBaselineTable>(errors) : ParseResult.ForValue(new JobAgreementBaselineTable(source, cells));
    }

    /// <summary>Writes a baseline cell as the fields of one v1 row, the inverse of <see cref="ParseRow"/>.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The fields, in column order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public static IReadOnlyList<string> FormatRow(JobAgreementBaselineCell cell)
    {
        Preconditions.CheckNotNull(cell);
        return [cell.Region.ToString(), InterchangeRow.KindCode(cell.EmployerKind), cell.Jobs.ToString(CultureInfo.InvariantCulture)];
    }
}
