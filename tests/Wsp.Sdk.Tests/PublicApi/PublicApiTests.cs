using System.Reflection;
using PublicApiGenerator;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Tests.PublicApi;

/// <summary>
/// The public API of Wsp.Sdk is a contract with every partner that depends on the package: any change to it shows
/// up in review as a diff of <c>Wsp.Sdk.approved.txt</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_baseline()
    {
        var api = typeof(Gazetteer).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        var approvedPath = Path.Combine(ProjectDirectory(), "PublicApi", "Wsp.Sdk.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (Normalize(approved) != Normalize(api))
        {
            File.WriteAllText(ReceivedPath(approvedPath), api);
            Assert.Fail($"The public API changed. Review {ReceivedPath(approvedPath)} and, if intended, copy it over {approvedPath}.");
        }
    }

    private static string ReceivedPath(string approvedPath) => approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string ProjectDirectory() =>
        typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;
}
