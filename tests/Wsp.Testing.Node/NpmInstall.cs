using System.Security.Cryptography;
using System.Text;

namespace Wsp.Testing.Node;

/// <summary>
/// <c>npm ci</c> in a folder when its node_modules is missing or older than package-lock.json, one process at a time
/// (test projects run in parallel and may share the folder).
/// </summary>
public static class NpmInstall
{
    /// <summary>What <c>npm ci</c> may take on a cold npm cache.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Installs the folder's packages unless they are installed and up to date.</summary>
    /// <param name="directory">The folder with package.json and package-lock.json.</param>
    /// <param name="requiredPackage">A package that must be in node_modules afterwards, for example <c>graphql-http</c>.</param>
    /// <param name="cancellationToken">Stops the install.</param>
    /// <returns>A task that completes when the packages are installed.</returns>
    /// <exception cref="NodeToolException">npm is missing, or <c>npm ci</c> failed; the message carries npm's output.</exception>
    public static async Task EnsureAsync(string directory, string requiredPackage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(requiredPackage);
        if (IsUpToDate(directory, requiredPackage))
        {
            return;
        }

        var npm = NodeTools.FindOnPath("npm");
        using (await CrossProcessLock.AcquireAsync(LockPath(directory), Timeout + TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false))
        {
            // Another test process may have installed it while this one waited.
            if (IsUpToDate(directory, requiredPackage))
            {
                return;
            }

            var result = await NodeTools.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory, Timeout, cancellationToken)
                .ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                throw new NodeToolException(
                    $"'npm ci' in {directory} failed with exit code {result.ExitCode}. These tests need the npm registry for "
                    + $"their first run on a machine. npm printed:\n{result.Output}");
            }

            var marker = Path.Combine(directory, "node_modules", ".package-lock.json");
            if (!File.Exists(marker) || !File.Exists(PackageFile(directory, requiredPackage)))
            {
                throw new NodeToolException($"'npm ci' in {directory} succeeded but did not install {requiredPackage}. npm printed:\n{result.Output}");
            }

            // Newer than package-lock.json from now on, whatever the clocks of the files said.
            File.SetLastWriteTimeUtc(marker, DateTime.UtcNow);
        }
    }

    private static bool IsUpToDate(string directory, string requiredPackage)
    {
        var marker = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
        var lockFile = new FileInfo(Path.Combine(directory, "package-lock.json"));
        return marker.Exists
            && File.Exists(PackageFile(directory, requiredPackage))
            && marker.LastWriteTimeUtc >= lockFile.LastWriteTimeUtc;
    }

    private static string PackageFile(string directory, string package) =>
        Path.Combine([directory, "node_modules", .. package.Split('/'), "package.json"]);

    private static string LockPath(string directory)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory))));
        return Path.Combine(Path.GetTempPath(), $"wsp-npm-ci-{hash[..16]}.lock");
    }
}
