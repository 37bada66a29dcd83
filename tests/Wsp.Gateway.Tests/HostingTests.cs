using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Wsp.Gateway.Hosting;

namespace Wsp.Gateway.Tests;

/// <summary>Operations (issue 5, item 5): CORS per origin, graceful shutdown, and logs without personal data.</summary>
[Collection(KestrelTests.Name)]
public sealed class HostingTests
{
    private const string Portal = "https://portal.example.nl";

    [Fact]
    public async Task Cors_a_preflight_from_a_configured_origin_is_allowed_with_the_bearer_header()
    {
        using var gateway = new TestGateway(host => host.UseSetting("Wsp:Gateway:Cors:Origins:0", Portal));
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(Preflight(Portal));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Portal, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("authorization", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cors_a_request_from_a_configured_origin_may_read_the_API_Version_header()
    {
        using var gateway = new TestGateway(host => host.UseSetting("Wsp:Gateway:Cors:Origins:0", Portal));
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ regions { code } }" }) };
        request.Headers.Add("Origin", Portal);

        using var response = await client.SendAsync(request);

        Assert.Equal(Portal, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("API-Version", string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cors_another_origin_or_no_configured_origins_gets_no_allowance(bool configured)
    {
        using var gateway = new TestGateway(host =>
        {
            if (configured)
            {
                host.UseSetting("Wsp:Gateway:Cors:Origins:0", Portal);
            }
        });
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(Preflight("https://elsewhere.example.com"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Shutdown_readiness_turns_503_while_stopping_and_an_in_flight_request_finishes()
    {
        // The drain delay runs on fake time and the slow request waits for the test: nothing here waits for a clock.
        var time = new FakeTimeProvider();
        var slowRequest = new SlowEndpoint();
        using var gateway = new TestGateway(host => host
            .UseSetting("Wsp:Gateway:Shutdown:DrainDelay", "00:00:15")
            .UseSetting("Wsp:Gateway:Shutdown:Timeout", "00:00:30")
            .ConfigureServices(services => services
                .AddSingleton(new GatewayTime(time))
                .AddSingleton<IStartupFilter>(slowRequest)));
        var address = gateway.StartOnKestrel();
        using var client = new HttpClient { BaseAddress = address };
        using var probe = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("readyz")).StatusCode);

        var slow = client.GetStringAsync("test/slow");
        await slowRequest.Started.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = gateway.Host!.StopAsync();

        // Within the drain delay: still serving, but not ready.
        using var notReady = await probe.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.False(stopping.IsCompleted);

        // After it: the server stops, but not before the request in flight has its answer.
        time.Advance(TimeSpan.FromSeconds(15));
        Assert.False(stopping.IsCompleted);
        slowRequest.Finish();
        Assert.Equal("finished", await slow.WaitAsync(TimeSpan.FromSeconds(30)));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Shutdown_a_host_stopped_twice_waits_the_drain_delay_once()
    {
        var time = new FakeTimeProvider();
        using var gateway = new TestGateway(host => host
            .UseSetting("Wsp:Gateway:Shutdown:DrainDelay", "00:00:15")
            .UseSetting("Wsp:Gateway:Shutdown:Timeout", "00:00:30")
            .ConfigureServices(services => services.AddSingleton(new GatewayTime(time))));
        gateway.StartOnKestrel();

        var first = gateway.Host!.StopAsync();
        time.Advance(TimeSpan.FromSeconds(15));
        await first.WaitAsync(TimeSpan.FromSeconds(30));

        // Fake time stands still: a second drain would last until the 30 s shutdown timeout cancels it.
        await gateway.Host.StopAsync().WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void Shutdown_a_drain_delay_longer_than_the_timeout_stops_the_gateway_with_a_clear_error()
    {
        using var gateway = new TestGateway(host => host
            .UseSetting("Wsp:Gateway:Shutdown:DrainDelay", "00:01:00")
            .UseSetting("Wsp:Gateway:Shutdown:Timeout", "00:00:10"));

        var error = Assert.Throws<InvalidOperationException>(() => gateway.CreateClient());
        Assert.Contains("Wsp:Gateway:Shutdown:DrainDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_never_carry_query_variables_tokens_or_candidate_references()
    {
        const string candidate = "KAND-7Q2X9";
        const string token = "tok-Secret-4711";
        var logs = new CapturingLoggerProvider();
        using var gateway = new TestGateway(host => host.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var variables = Uri.EscapeDataString($$"""{"reference":"{{candidate}}"}""");
        var query = Uri.EscapeDataString("query Q($reference: String) { municipality(name: $reference) { code } }");
        (await client.GetAsync($"/graphql?query={query}&variables={variables}")).Dispose();
        (await client.PostAsJsonAsync("/graphql", new { query = "query Q($reference: String) { municipality(name: $reference) { code } }", variables = new { reference = candidate } })).Dispose();
        (await client.PostAsJsonAsync("/graphql", new { query = $"{{ municipality(name: \"{candidate}\") {{ code }} }}" })).Dispose();
        (await client.PostAsync("/graphql", new StringContent($"{{\"query\": \"{candidate}", System.Text.Encoding.UTF8, "application/json"))).Dispose();

        var lines = logs.Lines;
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(candidate, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    /// <summary>A request in flight until the test finishes it, to be in flight when the gateway is asked to stop.</summary>
    private sealed class SlowEndpoint : IStartupFilter
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Finish() => _finish.TrySetResult();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/test/slow", slow => slow.Run(async context =>
            {
                _started.TrySetResult();
                await _finish.Task;
                await context.Response.WriteAsync("finished", CancellationToken.None);
            }));
            next(app);
        };
    }

    /// <summary>Every log entry's category, message, state values and exception, as text.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

        public void Dispose()
        {
        }

        private void Add(string line)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }

        private sealed class Logger(string category, CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                provider.Add($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                provider.Add($"{category} {logLevel} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
