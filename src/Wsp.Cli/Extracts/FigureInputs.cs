using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Wsp.Cli.Commands;
using Wsp.Cli.Import;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Cli.Extracts;

/// <summary>
/// Input files of the figures whose inputs the store does not keep yet: the regional projects a region agreed (H6) and
/// the employers in contact with their staff counts (H5). CSV, UTF-8, comma, header row; a bad row is reported with
/// its line and column, and the whole file is refused (exit code 1).
/// </summary>
internal static class FigureInputs
{
    /// <summary>The projects file: employer_kvks and vacancy_ids are <c>;</c>-separated, at least one of them given.</summary>
    public static readonly string[] ProjectsHeader = ["project_id", "name", "region_code", "from", "to", "employer_kvks", "vacancy_ids"];

    /// <summary>The contacts file: one employer in contact per row, with its sector and number of employees.</summary>
    public static readonly string[] ContactsHeader = ["kvk", "sector_code", "employees"];

    public static (IReadOnlyList<RegionalProject> Projects, IReadOnlyList<string> Errors) ReadProjects(byte[] file) =>
        Read<RegionalProject>(file, ProjectsHeader, (f, error) =>
        {
            var region = ExtractContext.ParseRegion(f[2]);
            if (region is null)
            {
                return error("region_code", $"'{f[2]}' is not a labour market region code");
            }

            var from = LocalDatePattern.Iso.Parse(f[3]);
            var to = LocalDatePattern.Iso.Parse(f[4]);
            if (!from.Success || !to.Success)
            {
                return error(from.Success ? "to" : "from", "is not a date of the form yyyy-MM-dd");
            }

            if (to.Value < from.Value)
            {
                return error("to", $"{f[4]} is before from {f[3]}");
            }

            var employers = new List<KvkNumber>();
            foreach (var text in Split(f[5]))
            {
                if (!KvkNumber.TryParse(text, out var kvk))
                {
                    return error("employer_kvks", $"'{text}' is not a KvK number (8 digits)");
                }

                employers.Add(kvk);
            }

            try
            {
                return new RegionalProject(f[0], f[1], region.Value, new DateInterval(from.Value, to.Value), employers, Split(f[6]));
            }
            catch (ArgumentException e)
            {
                return error("project_id", e.Message);
            }
        });

    public static (IReadOnlyList<EmployerContact> Contacts, IReadOnlyList<string> Errors) ReadContacts(byte[] file) =>
        Read<EmployerContact>(file, ContactsHeader, (f, error) =>
        {
            if (!KvkNumber.TryParse(f[0], out var kvk))
            {
                return error("kvk", $"'{f[0]}' is not a KvK number (8 digits)");
            }

            if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var employees))
            {
                return error("employees", $"'{f[2]}' is not a whole number of employees");
            }

            try
            {
                return new EmployerContact(kvk, f[1], employees);
            }
            catch (ArgumentException e)
            {
                return error("sector_code", e.Message);
            }
        });

    private static string[] Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (IReadOnlyList<T> Items, IReadOnlyList<string> Errors) Read<T>(byte[] file, string[] header, Func<string[], Func<string, string, T?>, T?> parse)
        where T : class
    {
        var items = new List<T>();
        var errors = new List<string>();
        using var rows = new CsvRows(new MemoryStream(file, writable: false));
        var first = true;
        while (rows.Read(out var record))
        {
            var (fields, line, bad) = record;
            if (first)
            {
                first = false;
                if (!fields.Select(f => f.Trim()).SequenceEqual(header))
                {
                    errors.Add($"line {line}: the header is not '{string.Join(",", header)}'");
                    break;
                }

                continue;
            }

            if (bad is not null || fields.Length != header.Length)
            {
                errors.Add($"line {line}: {bad ?? $"{fields.Length} fields, expected {header.Length}"}");
                continue;
            }

            T? Error(string column, string reason)
            {
                errors.Add($"line {line}, {column}: {reason}");
                return null;
            }

            if (parse([.. fields.Select(f => f.Trim())], Error) is { } item)
            {
                items.Add(item);
            }
        }

        if (first)
        {
            errors.Add($"line 1: the file is empty; the header is '{string.Join(",", header)}'");
        }

        return (items, errors);
    }
}
