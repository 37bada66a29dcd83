using Wsp.Cli.Import;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Text;

namespace Wsp.Cli.Extracts;

/// <summary>
/// Reads the input files of the what-if figures: the regional projects a region agreed (H6, the SDK's
/// <see cref="RegionalProjectsCsvV1"/>) and the employers in contact with their staff counts (H5,
/// <see cref="EmployerContactsCsvV1"/>). The tool reads the records (CSV quoting, line numbers); each format is the
/// SDK's, which checks the header and turns each row into a value or every error of the row, with line, column and value.
/// </summary>
internal static class FigureInputs
{
    /// <summary>Gets the projects file's columns.</summary>
    public static IReadOnlyList<string> ProjectsHeader => RegionalProjectsCsvV1.Columns;

    /// <summary>Gets the contacts file's columns.</summary>
    public static IReadOnlyList<string> ContactsHeader => EmployerContactsCsvV1.Columns;

    /// <summary>Gets the baseline file's columns.</summary>
    public static IReadOnlyList<string> BaselineHeader => JobAgreementBaselineCsvV1.Columns;

    public static (IReadOnlyList<RegionalProject> Projects, IReadOnlyList<FieldError> Errors) ReadProjects(byte[] file) =>
        Read(file, RegionalProjectsCsvV1.Columns, RegionalProjectsCsvV1.CheckHeader, RegionalProjectsCsvV1.Default.ParseRow);

    public static (IReadOnlyList<EmployerContact> Contacts, IReadOnlyList<FieldError> Errors) ReadContacts(byte[] file) =>
        Read(file, EmployerContactsCsvV1.Columns, EmployerContactsCsvV1.CheckHeader, EmployerContactsCsvV1.ParseRow);

    public static (IReadOnlyList<IReadOnlyList<PlacementAmbitionTable>> Tables, IReadOnlyList<FieldError> Errors) ReadAmbitions(byte[] file) =>
        Build(Read(file, PlacementAmbitionsCsvV1.Columns, PlacementAmbitionsCsvV1.CheckHeader, PlacementAmbitionsCsvV1.Default.ParseRow), PlacementAmbitionsCsvV1.Tables);

    public static (IReadOnlyList<IReadOnlyList<JobAgreementTarget>> Targets, IReadOnlyList<FieldError> Errors) ReadTargets(byte[] file) =>
        Build(Read(file, JobAgreementTargetsCsvV1.Columns, JobAgreementTargetsCsvV1.CheckHeader, JobAgreementTargetsCsvV1.Default.ParseRow), JobAgreementTargetsCsvV1.Targets);

    public static (IReadOnlyList<JobAgreementBaselineTable> Baseline, IReadOnlyList<FieldError> Errors) ReadBaseline(byte[] file, string source) =>
        Build(Read(file, JobAgreementBaselineCsvV1.Columns, JobAgreementBaselineCsvV1.CheckHeader, JobAgreementBaselineCsvV1.Default.ParseRow), rows => JobAgreementBaselineCsvV1.Table(rows, source));

    // A file read as a whole (ambitions, targets, a baseline): the rows' own errors first; only a file without them is
    // built, so a duplicate is named once every row parses. The built value is the one item.
    private static (IReadOnlyList<T> Items, IReadOnlyList<FieldError> Errors) Build<TRow, T>((IReadOnlyList<TRow> Rows, IReadOnlyList<FieldError> Errors) read, Func<IReadOnlyList<TRow>, ParseResult<T>> build)
        where T : class
    {
        if (read.Errors.Count > 0)
        {
            return ([], read.Errors);
        }

        var built = build(read.Rows);
        return built.Success ? ([built.Value], []) : ([], built.Errors);
    }

    private static (IReadOnlyList<T> Items, IReadOnlyList<FieldError> Errors) Read<T>(
        byte[] file, IReadOnlyList<string> columns, Func<IReadOnlyList<string>, IReadOnlyList<FieldError>> checkHeader, Func<IReadOnlyList<string>, long, ParseResult<T>> parseRow)
        where T : class
    {
        var items = new List<T>();
        var errors = new List<FieldError>();
        using var rows = new CsvRows(new MemoryStream(file, writable: false));
        var first = true;
        while (rows.Read(out var record))
        {
            var (fields, line, bad) = record;
            if (first)
            {
                first = false;
                errors.AddRange(checkHeader(fields));
                if (errors.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (bad is not null)
            {
                errors.Add(new FieldError(line, "", null, bad));
                continue;
            }

            var parsed = parseRow(fields, line);
            if (parsed.Success)
            {
                items.Add(parsed.ValueOrDefault);
            }
            else
            {
                errors.AddRange(parsed.Errors);
            }
        }

        if (first)
        {
            errors.Add(new FieldError(1, "", null, $"The file is empty; the header is {string.Join(',', columns)}."));
        }

        return (items, errors);
    }
}
