using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Wsp.Testing.Node;

namespace Wsp.Gateway.Tests;

/// <summary>
/// A running OpenID Connect provider for tests: npm <c>oidc-provider</c> 9 (<c>tests/oidc-provider/server.mjs</c>) on
/// two free loopback ports, over plain http: <see cref="Issuer"/>, which issues client-credentials access tokens as JWTs
/// with the partner claims, and <see cref="OtherIssuer"/>, another issuer with the same keys. <see cref="StartAsync"/>
/// installs it (<c>npm ci</c>, when needed) and starts it; disposing stops it. A missing Node.js fails, never skips.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    /// <summary>The audience the gateway under test expects (an absolute URI: OAuth resource indicators are URIs).</summary>
    public const string Audience = "urn:wsp:gateway";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly BoundedLog _log;
    private readonly Channel<string> _answers;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });

    private OidcProvider(Process process, BoundedLog log, Channel<string> answers, int port, int otherPort)
    {
        _process = process;
        _log = log;
        _answers = answers;
        Issuer = new Uri($"http://127.0.0.1:{port}");
        OtherIssuer = new Uri($"http://127.0.0.1:{otherPort}");
    }

    /// <summary>The issuer the gateway trusts (<c>Wsp:Auth:Authority</c>).</summary>
    public Uri Issuer { get; }

    /// <summary>An issuer the gateway does not trust, signing with the same keys.</summary>
    public Uri OtherIssuer { get; }

    /// <summary>What the provider wrote (its last 64 KB), for a failing test's message.</summary>
    public string Log => _log.ToString();

    /// <summary>Installs (when needed) and starts the provider.</summary>
    /// <param name="cancellationToken">Stops the install or the start.</param>
    /// <returns>The running provider.</returns>
    /// <exception cref="NodeToolException">Node.js or npm is missing, <c>npm ci</c> failed or the server did not start.</exception>
    public static async Task<OidcProvider> StartAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(NodeTools.FindRepositoryRoot(), "tests", "oidc-provider");
        var node = NodeTools.FindOnPath("node");
        await NpmInstall.EnsureAsync(folder, "oidc-provider", cancellationToken);
        var startInfo = new ProcessStartInfo(node)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "server.mjs", "--audience", Audience, "--ttl", "300", "--exit-with-stdin" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var log = new BoundedLog(64 * 1024);
        var answers = Channel.CreateUnbounded<string>();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                log.AppendLine(line);
                answers.Writer.TryWrite(line);
            }
        };
        process.ErrorDataReceived += (_, e) => log.AppendLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var listening = (await ReadAnswerAsync(answers, "LISTENING ", s_startTimeout, log, cancellationToken)).Split(' ');
            return new OidcProvider(process, log, answers, int.Parse(listening[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(listening[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch
        {
            NodeTools.KillTree(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Gets an access token with the client-credentials grant, as a partner's script would.</summary>
    /// <param name="clientId">The client, for example <c>wsp-uwv</c> (server.mjs lists them).</param>
    /// <param name="resource">The resource (audience) asked for, or null for the gateway's.</param>
    /// <param name="issuer">The issuer to ask, or null for <see cref="Issuer"/>.</param>
    /// <returns>The access token (a JWT).</returns>
    public async Task<string> TokenAsync(string clientId, string? resource = null, Uri? issuer = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = "secret-" + clientId,
        };
        if (resource is not null)
        {
            form["resource"] = resource;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await _http.PostAsync(new Uri(issuer ?? Issuer, "/token"), content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"The provider refused the token request: {body}\n{Log}");
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>The provider signs with a new key from now on and publishes it beside the old ones.</summary>
    /// <returns>The new key's id.</returns>
    public async Task<string> RotateKeysAsync() => (await CommandAsync("rotate", "ROTATED ")).Split(' ')[1];

    /// <summary>Sets the provider's clock off the machine's by <paramref name="offset"/> (zero puts it back).</summary>
    /// <param name="offset">The offset; negative is in the past.</param>
    /// <returns>When the provider has taken it.</returns>
    public Task SetClockAsync(TimeSpan offset) => CommandAsync($"clock {(long)offset.TotalSeconds}", "CLOCK ");

    /// <summary>Stops the provider.</summary>
    /// <returns>When it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        NodeTools.KillTree(_process);
        using var limit = new CancellationTokenSource(s_commandTimeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in time: nothing more to do from here.
        }

        _process.Dispose();
    }

    private async Task<string> CommandAsync(string command, string answer)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await ReadAnswerAsync(_answers, answer, s_commandTimeout, _log, CancellationToken.None);
    }

    private static async Task<string> ReadAnswerAsync(Channel<string> answers, string prefix, TimeSpan timeout, BoundedLog log, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var line = await answers.Reader.ReadAsync(limit.Token);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NodeToolException($"The OpenID provider (tests/oidc-provider/server.mjs) did not answer '{prefix.Trim()}' within {timeout.TotalSeconds:0} s. It wrote:\n{log}");
        }
    }
}
