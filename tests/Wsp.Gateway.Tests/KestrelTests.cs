namespace Wsp.Gateway.Tests;

/// <summary>
/// Tests that start the gateway on a real Kestrel port run alone: WebApplicationFactory finds the program's host
/// through a process-wide listener, and two starting at once can swap their settings (then both bind port 5000).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KestrelTests
{
    public const string Name = "Kestrel";
}
