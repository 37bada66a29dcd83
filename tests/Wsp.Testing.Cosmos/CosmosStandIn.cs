using System.Diagnostics;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Cosmos;
using Wsp.Testing.Node;

namespace Wsp.Testing.Cosmos;

/// <summary>
/// A running Cosmos DB stand-in for tests: <c>@vercel/cosmosdb-server</c> on Node.js, patched by
/// <c>tests/cosmos-stand-in/server.js</c> where it falls short of real Cosmos DB, listening over TLS on a free loopback
/// port. <see cref="StartAsync"/> installs it (<c>npm ci</c>, when needed) and starts it; disposing stops it.
/// </summary>
/// <remarks>
/// Every start has an empty account and a fresh self-signed certificate, which only the clients made by
/// <see cref="CreateClient"/> trust. What the stand-in supports and what not: tests/cosmos-stand-in/README.md.
/// </remarks>
public sealed class CosmosStandIn : IAsyncDisposable
{
    /// <summary>The Cosmos DB emulator's published, well-known account key (the stand-in accepts any key).</summary>
    public const string WellKnownKey =
        "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    /// <summary>How long the server may take from start to listening.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long <c>npm ci</c> may take on a cold npm cache.</summary>
    public static readonly TimeSpan NpmCiTimeout = NpmInstall.Timeout;

    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly BoundedLog _serverLog;
    private readonly string _certificateDirectory;
    private readonly byte[] _certificateHash;
    private int _disposed;

    private CosmosStandIn(Process process, BoundedLog serverLog, string certificateDirectory, byte[] certificateHash, int port)
    {
        _process = process;
        _serverLog = serverLog;
        _certificateDirectory = certificateDirectory;
        _certificateHash = certificateHash;
        Endpoint = new Uri($"https://127.0.0.1:{port}/");
    }

    /// <summary>The account endpoint, <c>https://127.0.0.1:{port}/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The account key to connect with: <see cref="WellKnownKey"/>.</summary>
#pragma warning disable CA1822 // An instance property, like Endpoint, so callers read both from the same object.
    public string Key => WellKnownKey;
#pragma warning restore CA1822

    /// <summary>
    /// The account as a connection string in the Cosmos DB SDK's format, as an operator configures it
    /// (<c>Wsp:Cosmos:ConnectionString</c>): endpoint, key and <c>DisableServerCertificateValidation=True</c>, since
    /// every start has a fresh self-signed certificate.
    /// </summary>
    public string ConnectionString => $"AccountEndpoint={Endpoint.AbsoluteUri};AccountKey={Key};DisableServerCertificateValidation=True;";

    /// <summary>
    /// The configuration that points the gateway or the tool at this stand-in, as a user writes it: <c>Wsp:Store</c>
    /// <c>cosmos</c>, <see cref="ConnectionString"/>, Gateway mode (the stand-in answers Direct mode's address requests
    /// with 400) and no bulk mode (it refuses bulk mode's batches), and the database.
    /// </summary>
    /// <param name="databaseId">The database the store keeps its containers in.</param>
    /// <returns>The settings, keyed as in appsettings.json (<c>Wsp:Cosmos:ConnectionString</c>, …).</returns>
    public IReadOnlyDictionary<string, string?> Settings(string databaseId) => new Dictionary<string, string?>
    {
        ["Wsp:Store"] = "cosmos",
        ["Wsp:Cosmos:ConnectionString"] = ConnectionString,
        ["Wsp:Cosmos:ConnectionMode"] = "Gateway",
        ["Wsp:Cosmos:BulkExecution"] = "false",
        ["Wsp:Cosmos:Database"] = databaseId,
    };

    /// <summary>What the server wrote to its standard error so far (the last 64 KB): for diagnosing a failed test.</summary>
    public string ServerLog => _serverLog.ToString();

    /// <summary>
    /// Installs the stand-in when needed (<c>npm ci</c> in tests/cosmos-stand-in, at most <see cref="NpmCiTimeout"/>,
    /// one test process at a time) and starts it on a free loopback port (at most <see cref="StartTimeout"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the install or the start.</param>
    /// <returns>The running stand-in.</returns>
    /// <exception cref="CosmosStandInException">
    /// Node.js or npm is not on PATH, <c>npm ci</c> failed, or the server did not start; the message carries their output.
    /// </exception>
    public static async Task<CosmosStandIn> StartAsync(CancellationToken cancellationToken = default)
    {
        var standInDirectory = Tooling.FindStandInDirectory();
        string node;
        try
        {
            node = NodeTools.FindOnPath("node");
            await NpmInstall.EnsureAsync(standInDirectory, "@vercel/cosmosdb-server", cancellationToken).ConfigureAwait(false);
        }
        catch (NodeToolException e)
        {
            throw new CosmosStandInException(e.Message, e);
        }

        var certificateDirectory = Directory.CreateTempSubdirectory("wsp-cosmos-stand-in-").FullName;
        try
        {
            var certificateHash = WriteSelfSignedCertificate(certificateDirectory, out var certificatePath, out var keyPath);
            var startInfo = new ProcessStartInfo(node)
            {
                WorkingDirectory = standInDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "server.js", "--port", "0", "--host", "127.0.0.1", "--cert", certificatePath, "--key", keyPath, "--exit-with-stdin",
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            var serverLog = new BoundedLog(64 * 1024);
            var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line && line.StartsWith("LISTENING ", StringComparison.Ordinal)
                    && int.TryParse(line.AsSpan("LISTENING ".Length), out var port))
                {
                    listening.TrySetResult(port);
                }
            };
            process.ErrorDataReceived += (_, e) => serverLog.AppendLine(e.Data);
            process.Exited += (_, _) =>
            {
                if (listening.Task.IsCompleted)
                {
                    return;
                }

                // Let the readers reach the end of its output, so the message carries all of what it wrote.
                process.WaitForExit();
                listening.TrySetException(new CosmosStandInException(
                    $"The Cosmos DB stand-in (node server.js in {standInDirectory}) exited with code {process.ExitCode} before "
                    + $"it listened. It wrote:\n{serverLog}"));
            };

            try
            {
                process.Start();
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                var port = await listening.Task.WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
                return new CosmosStandIn(process, serverLog, certificateDirectory, certificateHash, port);
            }
            catch (Exception e)
            {
                NodeTools.KillTree(process);
                process.Dispose();
                if (e is TimeoutException)
                {
                    throw new CosmosStandInException(
                        $"The Cosmos DB stand-in (node server.js in {standInDirectory}) did not print LISTENING within "
                        + $"{StartTimeout.TotalSeconds:0} s and was stopped. It wrote:\n{serverLog}", e);
                }

                throw;
            }
        }
        catch
        {
            TryDeleteDirectory(certificateDirectory);
            throw;
        }
    }

    /// <summary>
    /// A client for this stand-in: Gateway mode, <see cref="CosmosClientOptions.LimitToEndpoint"/>, and an HTTP client that
    /// talks to <see cref="Endpoint"/> only (no proxy) and trusts exactly this run's self-signed certificate.
    /// </summary>
    /// <param name="extra">
    /// Options to start from (serializer, bulk execution, retries, …); their connection mode, endpoint limit and HTTP
    /// client factory are set as above. Without them the client uses the SDK's own Newtonsoft.Json serializer with
    /// camelCase property names, so a C# property <c>RegionCode</c> meets a partition key path <c>/regionCode</c>.
    /// </param>
    /// <returns>A new client; the caller disposes it.</returns>
    public CosmosClient CreateClient(CosmosClientOptions? extra = null)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var options = extra ?? new CosmosClientOptions
        {
            SerializerOptions = new CosmosSerializationOptions { PropertyNamingPolicy = CosmosPropertyNamingPolicy.CamelCase },
        };
        options.ConnectionMode = ConnectionMode.Gateway;
        options.LimitToEndpoint = true;
        options.HttpClientFactory = CreateHttpClient;
        return new CosmosClient(Endpoint.AbsoluteUri, Key, options);
    }

    /// <summary>Stops the server (its whole process tree) and deletes this run's certificate.</summary>
    /// <returns>When it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        NodeTools.KillTree(_process);
        using (var limit = new CancellationTokenSource(s_stopTimeout))
        {
            try
            {
                await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Killed but not reaped in time: nothing more to do from here.
            }
        }

        _process.Dispose();
        TryDeleteDirectory(_certificateDirectory);
    }

    private HttpClient CreateHttpClient()
    {
        var sockets = new SocketsHttpHandler
        {
            UseProxy = false,
            // Shorter than the server's keep-alive timeout, so a pooled connection is never one the server is closing.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = IsThisRunsCertificate },
        };
        return new HttpClient(new EndpointOnlyHandler(Endpoint, sockets));
    }

    private bool IsThisRunsCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), _certificateHash);

    private static byte[] WriteSelfSignedCertificate(string directory, out string certificatePath, out string keyPath)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Wsp Cosmos DB stand-in (test only)", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));

        certificatePath = Path.Combine(directory, "cert.pem");
        keyPath = Path.Combine(directory, "key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHash(HashAlgorithmName.SHA256);
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the OS cleans it up eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>
    /// Refuses every request that is not for the stand-in's endpoint, so a client made for it never reaches the network
    /// (for example the SDK's Azure VM metadata probe).
    /// </summary>
    private sealed class EndpointOnlyHandler : DelegatingHandler
    {
        private readonly Uri _endpoint;

        public EndpointOnlyHandler(Uri endpoint, HttpMessageHandler inner)
            : base(inner) => _endpoint = endpoint;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri;
            if (uri is null || Uri.Compare(uri, _endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                throw new HttpRequestException($"A client for the Cosmos DB stand-in talks to {_endpoint} only; refused {uri}.");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
