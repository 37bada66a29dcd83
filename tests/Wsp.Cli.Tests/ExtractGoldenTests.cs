using System.Security.Cryptography;

namespace Wsp.Cli.Tests;

/// <summary>
/// The bytes of <c>wsp extract placements</c> and <c>wsp extract job-agreement</c> over a fixed file, for partners and for
/// the ministry: the SHA-256 of each CSV was recorded before the extracts moved onto the management-information reader,
/// so a change in how a figure is read can never change what the ministry receives unnoticed. The ministry's two were
/// recorded again when its figures moved to the cell key method (cell-key/1, issue 16), a change on purpose.
/// </summary>
public sealed class ExtractGoldenTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("placements.csv", "7849e559bb4e10edd4a0d39e4f857c5bde99d5a8d3d668576d96c103de4d58d8", "extract,placements,--from,2015-01-01,--to,2026-12-31")]
    [InlineData("placements.csv", "5c14190b346b9e286ec015188c7c985d068cd1aec1f7cdfb7541fbd833779f0a", "extract,placements,--from,2020-01-01,--to,2020-12-31")]
    [InlineData("placements.csv", "85f0cd7567c7222a7d75948dce53915355cbc0ba83db3c25a57d7294fb8764ff", "extract,--for,ministry,placements,--from,2020-01-01,--to,2020-12-31")]
    [InlineData("job-agreement.csv", "f06eabadb1be361977456a06dbe84337788916780d6f7da5381f0b9ca626b2e7", "extract,job-agreement,--at,2022-12-31")]
    [InlineData("job-agreement.csv", "799ab5430e99168308c92c1d2bf875604f9cc835bfa04cc23f673ee12afd1fc0", "extract,--for,ministry,--threshold,20,job-agreement,--at,2022-12-31")]
    public async Task The_counting_extracts_bytes_are_those_recorded_for_a_fixed_file(string csv, string sha256, string args)
    {
        Assert.Equal(0, (await _run.RunAsync("import", "placements", _run.WriteCsv("placements.csv", CliRun.GoodRows(3000, seed: 21)))).Exit);

        var (exit, output, error) = await _run.RunAsync([.. args.Split(','), "--out", "x"]);

        Assert.True(exit == 0, output + error);
        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_run.Directory, "x", csv))));
        Assert.True(actual == sha256, $"{args}: the CSV's SHA-256 is {actual}, recorded {sha256}");
    }
}
