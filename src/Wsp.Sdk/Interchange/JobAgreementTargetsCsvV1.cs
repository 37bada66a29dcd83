using System.Globalization;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// Regional job-agreement targets CSV v1 (regionale banenafspraak-doelstellingen, rule H2): the extra jobs a region aims
/// for by a date, market and government, with the source, as DESIGN.md specifies it (<c>wsp import targets FILE</c>).
/// UTF-8, comma, header row; each field is read without its surrounding spaces. <see cref="ParseRow"/> turns one row into
/// a target or into every error of that row; <see cref="Targets"/> names every duplicate. Reading the file is the caller's.
/// </summary>
/// <remarks>
/// Columns: <c>region_code</c> (<c>AMxx</c>), <c>date</c> (the deadline, <c>yyyy-MM-dd</c>), <c>market</c> and
/// <c>government</c> (extra jobs, whole numbers, 0 or more) and <c>source</c> (where the figures come from, required).
/// A region and date given twice is refused. Instances are immutable and thread-safe.
/// </remarks>
public sealed class JobAgreementTargetsCsvV1
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Initializes a parser over the given reference data.</summary>
    /// <param name="gazetteer">The regions codes are looked up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public JobAgreementTargetsCsvV1(Gazetteer gazetteer) => _gazetteer = Preconditions.CheckNotNull(gazetteer);

    /// <summary>Gets the parser over the shipped reference data.</summary>
    public static JobAgreementTargetsCsvV1 Default { get; } = new(Gazetteer.Default);

    /// <summary>Gets the columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["region_code", "date", "market", "government", "source"];

    /// <summary>Checks the header row (line 1): exactly the v1 columns, in order.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields) => InterchangeRow.CheckHeader(fields, Columns, "Regional job-agreement targets CSV v1");

    /// <summary>Parses one data row into a region's target, or every error in it.</summary>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number in the file, for the errors.</param>
    /// <returns>The row, or the errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is null or <paramref name="line"/> is below 2.</exception>
    public ParseResult<JobAgreementTargetRow> ParseRow(IReadOnlyList<string> fields, long line)
    {
        Preconditions.CheckNotNull(fields);
        var row = new InterchangeRow(Columns, fields, line, trim: true);
        if (!row.HasEveryColumn)
        {
            return ParseResult.ForErrors<JobAgreementTargetRow>(row.Errors);
        }

        var region = row.Region(0, _gazetteer);
        var date = row.Date(1);
        var market = row.Parse(2, (string s, out int v) => TryParseJobs(s, out v), "not a number of extra jobs: a whole number, 0 or more");
        var government = row.Parse(3, (string s, out int v) => TryParseJobs(s, out v), "not a number of extra jobs: a whole number, 0 or more");
        var source = row.Required(4);

        // The region's own figures: the source names them, no published schedule stands in.
        return row.Result(() => new JobAgreementTargetRow(line, new JobAgreementTarget(region, date!.Value, market!.Value, government!.Value, confirmedBySources: true, source!)));
    }

    /// <summary>Checks the good rows together: a region and date given twice is refused on its line, naming the line it was first given on.</summary>
    /// <param name="rows">The parsed rows, in file order.</param>
    /// <returns>The targets, ordered by region and date, or every error.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is null or holds a null.</exception>
    public static ParseResult<IReadOnlyList<JobAgreementTarget>> Targets(IEnumerable<JobAgreementTargetRow> rows)
    {
        Preconditions.CheckNotNull(rows);
        var errors = new List<FieldError>();
        var seen = new Dictionary<(RegionCode?, NodaTime.LocalDate), long>();
        var targets = new List<JobAgreementTarget>();
        foreach (var row in rows.Select(r => Preconditions.CheckNotNull(r, nameof(rows))))
        {
            var key = (row.Target.Region, row.Target.Deadline);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new FieldError(row.Line, "", $"{row.Target.Region},{row.Target.Deadline:uuuu-MM-dd}", $"a duplicate: the target of {row.Target.Region} by {row.Target.Deadline:uuuu-MM-dd} is given on line {first.ToString(CultureInfo.InvariantCulture)} already"));
                continue;
            }

            seen.Add(key, row.Line);
            targets.Add(row.Target);
        }

        return errors.Count > 0
            ? ParseResult.ForErrors<IReadOnlyList<JobAgreementTarget>>(errors)
            : ParseResult.ForValue<IReadOnlyList<JobAgreementTarget>>([.. targets.OrderBy(t => t.Region).ThenBy(t => t.Deadline)]);
    }

    /// <summary>Writes a regional target as the fields of one v1 row, the inverse of <see cref="ParseRow"/>.</summary>
    /// <param name="target">A region's target.</param>
    /// <returns>The fields, in column order.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is null or national.</exception>
    public static IReadOnlyList<string> FormatRow(JobAgreementTarget target)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckArgument(target.Region is not null, nameof(target), "A national target has no row in a regional file.");
        return
        [
            target.Region.Value.ToString(), NodaTime.Text.LocalDatePattern.Iso.Format(target.Deadline),
            target.Market.ToString(CultureInfo.InvariantCulture), target.Government.ToString(CultureInfo.InvariantCulture), target.Source,
        ];
    }

    private static bool TryParseJobs(string text, out int jobs) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out jobs);
}
