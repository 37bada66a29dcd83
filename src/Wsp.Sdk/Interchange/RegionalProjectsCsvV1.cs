using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// Regional projects CSV v1 (regionale projecten, rule H6): projects a region agreed, one per row, to count their
/// placements as a what-if before they are stored (<c>wsp extract regional-projects --projects FILE</c>). UTF-8, comma,
/// header row; each field is read without its surrounding spaces (the file is often written by hand). This type turns
/// the fields of one row into a <see cref="RegionalProject"/> or into every error of that row, each naming its line,
/// column and value; reading the file itself is the caller's, with a CSV library.
/// </summary>
/// <remarks>
/// Columns: <c>project_id</c> (1–64 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>), <c>name</c>, <c>region_code</c>
/// (<c>AMxx</c>), <c>from</c> and <c>to</c> (<c>yyyy-MM-dd</c>, both included, <c>to</c> not before <c>from</c>),
/// <c>employer_kvks</c> and <c>vacancy_ids</c> (<c>;</c>-separated; at least one employer or vacancy in all, or nothing
/// could count for the project). Instances are immutable and thread-safe.
/// </remarks>
public sealed class RegionalProjectsCsvV1
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Initializes a parser over the given reference data.</summary>
    /// <param name="gazetteer">The labour market regions <c>region_code</c> is looked up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public RegionalProjectsCsvV1(Gazetteer gazetteer) => _gazetteer = Preconditions.CheckNotNull(gazetteer);

    /// <summary>Gets the parser over the shipped reference data.</summary>
    public static RegionalProjectsCsvV1 Default { get; } = new(Gazetteer.Default);

    /// <summary>Gets the columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["project_id", "name", "region_code", "from", "to", "employer_kvks", "vacancy_ids"];

    /// <summary>Checks the header row (line 1): exactly the v1 columns, in order.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields) => InterchangeRow.CheckHeader(fields, Columns, "Regional projects CSV v1");

    /// <summary>Parses one data row into a project, or every error in it.</summary>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number in the file, for the errors.</param>
    /// <returns>The project, or the errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is null or <paramref name="line"/> is below 2.</exception>
    public ParseResult<RegionalProject> ParseRow(IReadOnlyList<string> fields, long line)
    {
        Preconditions.CheckNotNull(fields);
        var row = new InterchangeRow(Columns, fields, line, trim: true);
        if (!row.HasEveryColumn)
        {
            return ParseResult.ForErrors<RegionalProject>(row.Errors);
        }

        var id = row.Required(0);
        if (id is not null && !RegionalProject.IsValidId(id))
        {
            row.Fail(0, $"not a project id: 1–{RegionalProject.MaxIdLength} letters, digits, '-', '_' or '.'");
        }

        var name = row.Required(1);
        var region = row.Parse(2, (string s, out RegionCode v) => TryParseRegion(s, out v), "not the code of a labour market region: AM01…AM38");
        var from = row.Date(3);
        var to = row.Date(4);
        if (from is { } first && to is { } last && last < first)
        {
            row.Fail(4, $"is before from ({row[3]})");
        }

        var employers = new List<KvkNumber>();
        foreach (var text in InterchangeRow.List(row[5]))
        {
            if (KvkNumber.TryParse(text, out var kvk))
            {
                employers.Add(kvk);
            }
            else
            {
                row.Fail(5, $"'{text}' is not a KvK number: eight digits");
            }
        }

        var vacancies = InterchangeRow.List(row[6]);
        if (employers.Count + vacancies.Length == 0 && row.Errors.All(e => e.Column != Columns[5]))
        {
            // The project is what names nothing: reported on its id, the row's subject.
            row.Fail(0, "names no employer (employer_kvks) and no vacancy (vacancy_ids): nothing could count for it");
        }

        return row.Result(() => new RegionalProject(id!, name!, region!.Value, new DateInterval(from!.Value, to!.Value), employers, vacancies));
    }

    /// <summary>Writes a project as the fields of one v1 row, the inverse of <see cref="ParseRow"/>.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The fields, in column order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public static IReadOnlyList<string> FormatRow(RegionalProject project)
    {
        Preconditions.CheckNotNull(project);
        var date = NodaTime.Text.LocalDatePattern.Iso;
        return
        [
            project.Id,
            project.Name,
            project.Region.ToString(),
            date.Format(project.Period.Start),
            date.Format(project.Period.End),
            string.Join(';', project.Employers),
            string.Join(';', project.VacancyIds),
        ];
    }

    private bool TryParseRegion(string text, out RegionCode code)
    {
        code = _gazetteer.FindRegion(text)?.Code ?? default;
        return code != default;
    }
}
