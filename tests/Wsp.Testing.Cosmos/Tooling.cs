using Wsp.Testing.Node;

namespace Wsp.Testing.Cosmos;

/// <summary>Finding the stand-in's folder in the repository (Node.js and npm themselves: <see cref="NodeTools"/>).</summary>
internal static class Tooling
{
    /// <summary>The folder holding the stand-in's package.json and server.js, found from the test's output folder.</summary>
    public static string FindStandInDirectory()
    {
        string root;
        try
        {
            root = NodeTools.FindRepositoryRoot();
        }
        catch (NodeToolException e)
        {
            throw new CosmosStandInException(
                $"{e.Message} The Cosmos DB stand-in runs from a clone of the repository (tests/cosmos-stand-in).", e);
        }

        var standIn = Path.Combine(root, "tests", "cosmos-stand-in");
        if (!File.Exists(Path.Combine(standIn, "server.js")) || !File.Exists(Path.Combine(standIn, "package-lock.json")))
        {
            throw new CosmosStandInException(
                $"The Cosmos DB stand-in is missing from the repository: {standIn} should hold server.js and package-lock.json.");
        }

        return standIn;
    }
}
