using System.Security.Cryptography;
using System.Text;

namespace Wsp.Testing.Cosmos;

/// <summary>
/// <c>npm ci</c> in the stand-in's folder when its node_modules is missing or older than package-lock.json, one process
/// at a time (test projects run in parallel, each with its own stand-in).
/// </summary>
internal static class NpmInstall
{
    /// <summary>What <c>npm ci</c> may take on a cold npm cache.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureAsync(string standInDirectory, CancellationToken cancellationToken)
    {
        if (IsUpToDate(standInDirectory))
        {
            return;
        }

        var npm = Tooling.FindOnPath("npm");
        using (await CrossProcessLock.AcquireAsync(LockPath(standInDirectory), Timeout + TimeSpan.FromMinutes(1), cancellationToken)
            .ConfigureAwait(false))
        {
            // Another test process may have installed it while this one waited.
            if (IsUpToDate(standInDirectory))
            {
                return;
            }

            var (exitCode, output) = await Tooling.RunAsync(
                npm,
                ["ci", "--no-audit", "--no-fund", "--loglevel=error"],
                standInDirectory,
                Timeout,
                cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new CosmosStandInException(
                    $"'npm ci' in {standInDirectory} failed with exit code {exitCode}. The Cosmos DB tests need the npm registry "
                    + $"for their first run on a machine. npm printed:\n{output}");
            }

            var marker = Path.Combine(standInDirectory, "node_modules", ".package-lock.json");
            if (!File.Exists(marker) || !File.Exists(ServerPackage(standInDirectory)))
            {
                throw new CosmosStandInException(
                    $"'npm ci' in {standInDirectory} succeeded but did not install @vercel/cosmosdb-server. npm printed:\n{output}");
            }

            // Newer than package-lock.json from now on, whatever the clocks of the files said.
            File.SetLastWriteTimeUtc(marker, DateTime.UtcNow);
        }
    }

    private static bool IsUpToDate(string standInDirectory)
    {
        var marker = new FileInfo(Path.Combine(standInDirectory, "node_modules", ".package-lock.json"));
        var lockFile = new FileInfo(Path.Combine(standInDirectory, "package-lock.json"));
        return marker.Exists
            && File.Exists(ServerPackage(standInDirectory))
            && marker.LastWriteTimeUtc >= lockFile.LastWriteTimeUtc;
    }

    private static string ServerPackage(string standInDirectory) =>
        Path.Combine(standInDirectory, "node_modules", "@vercel", "cosmosdb-server", "package.json");

    private static string LockPath(string standInDirectory)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(standInDirectory))));
        return Path.Combine(Path.GetTempPath(), $"wsp-cosmos-stand-in-npm-{hash[..16]}.lock");
    }
}

/// <summary>An exclusive lock on a file, held across processes until disposed.</summary>
internal static class CrossProcessLock
{
    public static async Task<IDisposable> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock for other processes too (flock on Unix).
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new CosmosStandInException(
                    $"Waited {timeout.TotalSeconds:0} s for another test process to finish 'npm ci' (lock {path}).", e);
            }
        }
    }
}
