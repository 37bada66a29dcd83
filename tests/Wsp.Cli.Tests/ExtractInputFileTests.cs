using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wsp.Cli.Commands;
using Wsp.Cli.Extracts;

namespace Wsp.Cli.Tests;

/// <summary>
/// A figure's input file (<c>--projects</c>, <c>--contacts</c>) is read once: the manifest's SHA-256 is of the very bytes
/// that were parsed and counted, never of a second read that may see another file.
/// </summary>
public sealed class ExtractInputFileTests : IDisposable
{
    private const string Original = "kvk,sector_code,employees\n12345678,RETAIL,25\n34567890,ICT,10\n";

    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task H5_the_hash_named_in_the_manifest_is_of_the_bytes_parsed_even_when_the_file_changes_meanwhile()
    {
        var path = _run.Write("contacts.csv", Original);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, interactive: false, _run.Directory);
        var reads = 0;

        var (items, exit, parameter) = await ExtractInputFile.ReadAsync(console, path, "--contacts", bytes =>
        {
            reads++;
            var parsed = FigureInputs.ReadContacts(bytes);

            // Another process rewrites the file while the extract runs: what was parsed is what the manifest describes.
            File.WriteAllText(path, "kvk,sector_code,employees\n99999999,SECURITY,400\n", new UTF8Encoding(false));
            return parsed;
        }, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(1, reads);
        Assert.Equal(["12345678", "34567890"], items!.Select(c => c.Employer.ToString()));
        Assert.Equal($"contacts.csv sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Original)))}", parameter);
    }

    [Fact]
    public async Task H6_a_projects_file_with_a_bad_row_is_refused_from_the_one_read_with_its_line()
    {
        var path = _run.Write("projects.csv", string.Join(",", FigureInputs.ProjectsHeader) + "\nP1,Bakery,AM99,2025-01-01,2025-12-31,12345678,\n");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var (items, exit, parameter) = await ExtractInputFile.ReadAsync(new CliConsole(output, error, interactive: false, _run.Directory), path, "--projects", FigureInputs.ReadProjects, CancellationToken.None);

        Assert.Null(items);
        Assert.Equal(1, exit);
        Assert.Equal("", parameter);
        Assert.Contains("line 2, region_code 'AM99'", output.ToString(), StringComparison.Ordinal);
    }
}
