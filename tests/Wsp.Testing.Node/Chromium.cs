namespace Wsp.Testing.Node;

/// <summary>
/// Finds Chromium for the browser tests, and installs it when it is missing, so <c>dotnet test</c> on a fresh machine
/// needs nothing installed by hand: Debian's <c>chromium</c> package through apt-get (as root, the way CI and the
/// project's machines run), once per machine, one test process at a time. Anywhere else a missing Chromium fails
/// with the command to install it; the browser tests are never skipped.
/// </summary>
public static class Chromium
{
    /// <summary>What <c>apt-get update</c> and <c>apt-get install chromium</c> may take together.</summary>
    public static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    private static readonly string[] s_candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>The path of Chromium: <c>$CHROMIUM</c>, Debian's or Ubuntu's place, or <c>chromium</c> on PATH; installed first when there is none.</summary>
    /// <param name="cancellationToken">Stops the install.</param>
    /// <returns>The browser's full path.</returns>
    /// <exception cref="NodeToolException">Chromium is missing and cannot be installed here; the message says how to install it.</exception>
    public static async Task<string> FindOrInstallAsync(CancellationToken cancellationToken)
    {
        if (Find() is { } found)
        {
            return found;
        }

        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get") || !Environment.IsPrivilegedProcess)
        {
            throw new NodeToolException(
                "Chromium is missing: the browser tests drive a headless Chromium. Install it (Debian: apt-get install chromium) "
                + "or set CHROMIUM to its path, and run the tests again; as root on Debian the tests install it themselves.");
        }

        using (await CrossProcessLock.AcquireAsync(Path.Combine(Path.GetTempPath(), "wsp-chromium-install.lock"), InstallTimeout + TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false))
        {
            // Another test process may have installed it while this one waited.
            if (Find() is { } installed)
            {
                return installed;
            }

            var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            var output = new List<string>();
            foreach (var arguments in new[] { new[] { "update", "-qq" }, ["install", "-y", "-qq", "chromium"] })
            {
                var result = await NodeTools.RunAsync("/usr/bin/apt-get", arguments, Path.GetTempPath(), InstallTimeout, cancellationToken, environment).ConfigureAwait(false);
                output.Add(result.Output);
                if (result.ExitCode != 0)
                {
                    throw new NodeToolException($"'apt-get {string.Join(' ', arguments)}' failed with exit code {result.ExitCode} while installing Chromium for the browser tests:\n{string.Join('\n', output)}");
                }
            }

            return Find() ?? throw new NodeToolException($"apt-get installed the chromium package, yet no Chromium is at {string.Join(" or ", s_candidates)}:\n{string.Join('\n', output)}");
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        foreach (var candidate in s_candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        try
        {
            return NodeTools.FindOnPath("chromium");
        }
        catch (NodeToolException)
        {
            return null;
        }
    }
}
