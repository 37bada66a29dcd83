namespace Wsp.Testing.Node;

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
                throw new NodeToolException($"Waited {timeout.TotalSeconds:0} s for another test process to finish 'npm ci' (lock {path}).", e);
            }
        }
    }
}
