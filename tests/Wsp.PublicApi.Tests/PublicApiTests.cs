using System.Reflection;
using PublicApiGenerator;

namespace Wsp.PublicApi.Tests;

/// <summary>
/// The public API of every shipped package is a contract with the partners that depend on it: any change shows up in
/// review as a diff of <c>&lt;Package&gt;.approved.txt</c> beside this file.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages() => ["Wsp.Sdk", "Wsp.Sdk.Sqlite", "Wsp.Sdk.Cosmos"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_matches_the_approved_baseline(string package)
    {
        var api = Assembly.Load(package).GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        var directory = typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;
        var approvedPath = Path.Combine(directory, $"{package}.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (Normalize(approved) != Normalize(api))
        {
            var receivedPath = Path.Combine(directory, $"{package}.received.txt");
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API of {package} changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
