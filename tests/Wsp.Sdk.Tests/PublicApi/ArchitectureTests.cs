using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Tests.PublicApi;

/// <summary>Wsp.Sdk is the domain: it depends on NodaTime and Ardalis.Specification only and does no I/O (DESIGN.md, Architecture).</summary>
public sealed class ArchitectureTests
{
    private static readonly string s_assemblyPath = typeof(Gazetteer).Assembly.Location;

    [Fact]
    public void The_SDK_references_the_framework_NodaTime_and_Ardalis_Specification_only()
    {
        var references = typeof(Gazetteer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.All(references, name => Assert.True(
            name is "NodaTime" or "Ardalis.Specification" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name == "System",
            $"Wsp.Sdk references {name}."));
        Assert.Contains("NodaTime", references);
    }

    [Theory]
    [InlineData("System.IO", "File")]
    [InlineData("System.IO", "FileStream")]
    [InlineData("System.IO", "Directory")]
    [InlineData("System.Net.Http", "HttpClient")]
    [InlineData("System.Net.Sockets", "Socket")]
    [InlineData("System", "Console")]
    [InlineData("System", "DateTime")]
    public void The_SDK_does_no_IO_and_reads_no_clock(string ns, string type)
    {
        using var stream = File.OpenRead(s_assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Select(t => (metadata.GetString(t.Namespace), metadata.GetString(t.Name)));
        Assert.DoesNotContain((ns, type), referenced);
    }
}
