using System.Security.Cryptography;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Tests.Geography;

public sealed class ReferenceDataTests
{
    private const string Header = "name,code,year,corop_code,corop,region_code,region,province_code,province";

    [Fact]
    public void The_shipped_file_is_the_CBS_file_as_delivered()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Wsp.Sdk.Data.cbs-municipalities.csv")!;
        Assert.Equal("b833d1b9fd893f791b72120deabec14b6c30a61f58c6cabf4080ca4a1af624a6", Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    [Fact]
    public void Quoted_names_with_commas_are_read_whole()
    {
        var rows = MunicipalityRow.Read(new StringReader(Header + "\n\"Nuenen, Gerwen en Nederwetten\",GM0820,2026,CR36,Zuidoost-Noord-Brabant,AM28,Zuidoost-Brabant,PV30,Noord-Brabant\n"));
        Assert.Equal("Nuenen, Gerwen en Nederwetten", Assert.Single(rows).Name);
    }

    [Theory]
    [InlineData("name,code\nA,GM0001")]
    [InlineData(Header + "\nA,GM0001,2026,CR01,c,AM01,r,PV20")]
    [InlineData(Header + "\n\"A,GM0001,2026,CR01,c,AM01,r,PV20,p")]
    [InlineData(Header + "\nA,XX0001,2026,CR01,c,AM01,r,PV20,p")]
    [InlineData(Header + "\nA,GM0001,year,CR01,c,AM01,r,PV20,p")]
    [InlineData("")]
    public void A_damaged_reference_file_is_refused_with_a_FormatException(string text) =>
        Assert.Throws<FormatException>(() => MunicipalityRow.Read(new StringReader(text)));
}
