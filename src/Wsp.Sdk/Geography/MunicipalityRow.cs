using System.Globalization;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Geography;

/// <summary>One row of the CBS reference file shipped in the assembly (<c>cbs-municipalities.csv</c>).</summary>
internal sealed record MunicipalityRow(
    string Name,
    MunicipalityCode Code,
    int Year,
    string CoropCode,
    string CoropName,
    RegionCode? Region,
    string? RegionName,
    string ProvinceCode,
    string ProvinceName)
{
    private const string ResourceName = "Wsp.Sdk.Data.cbs-municipalities.csv";
    private const string Header = "name,code,year,corop_code,corop,region_code,region,province_code,province";

    internal static List<MunicipalityRow> ReadEmbedded()
    {
        using var stream = typeof(MunicipalityRow).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The reference data resource {ResourceName} is missing from {typeof(MunicipalityRow).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    internal static List<MunicipalityRow> Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header?.TrimStart('\uFEFF') != Header)
        {
            throw new FormatException($"The municipality reference data has an unexpected header: '{header}'.");
        }

        var rows = new List<MunicipalityRow>(512);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = CsvLine.Split(line);
            if (f.Count != 9)
            {
                throw new FormatException($"Line {lineNumber} of the municipality reference data has {f.Count} fields, expected 9.");
            }

            rows.Add(new MunicipalityRow(
                Name: f[0],
                Code: MunicipalityCode.Parse(f[1]),
                Year: int.Parse(f[2], NumberStyles.None, CultureInfo.InvariantCulture),
                CoropCode: f[3],
                CoropName: f[4],
                Region: f[5].Length == 0 ? null : RegionCode.Parse(f[5]),
                RegionName: f[6].Length == 0 ? null : f[6],
                ProvinceCode: f[7],
                ProvinceName: f[8]));
        }

        return rows;
    }
}
