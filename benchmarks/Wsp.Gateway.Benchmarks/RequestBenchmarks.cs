using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Wsp.Gateway.Benchmarks;

/// <summary>
/// One anonymous request through the gateway's whole pipeline (CORS, security, request guard, endpoint, execution or
/// result cache), in memory through the test server, no sockets: what every request pays besides execution (issue 20,
/// item 2). <c>default</c> is the gateway as it starts; <c>uncached</c> turns the result cache off (execution every
/// time); <c>telemetry</c> records traces and metrics as with an exporter.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks : IDisposable
{
    private readonly GatewayHost _host = new();
    private HttpClient _client = null!;
    private byte[] _body = null!;

    [Params("region", "regions")]
    public string Query { get; set; } = "region";

    [Params("default", "uncached", "telemetry")]
    public string Pipeline { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        _client = _host.Start(host =>
        {
            // One client sends everything: the rate limit (on by default, per client address) stays on, at a rate this
            // never reaches, as in scripts/load/run.sh, so every request still passes the limiter.
            host.UseSetting("Wsp:Gateway:RateLimit:PermitsPerSecond", "1000000");
            host.UseSetting("Wsp:Gateway:RateLimit:Burst", "1000000");
            if (Pipeline == "uncached")
            {
                host.UseSetting("Wsp:Gateway:Execution:ResultCache", "false");
            }
            else if (Pipeline == "telemetry")
            {
                host.UseSetting("Wsp:Telemetry:Enabled", "true");
            }
        });
        var document = Query == "region" ? """{ region(code:"AM29") { name } }""" : "{ regions { code name municipalities { code name } } }";
        _body = Encoding.UTF8.GetBytes($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(document)}}}""");
        var length = Post().GetAwaiter().GetResult();
        if (length < 20)
        {
            throw new InvalidOperationException($"The query gave {length} bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Stop();

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public async Task<long> Post()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var answer = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || answer.AsSpan().IndexOf("\"errors\""u8) >= 0)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}");
        }

        return answer.Length;
    }
}
