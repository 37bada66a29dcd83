using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Wsp.Gateway.Tests;

/// <summary>OpenTelemetry (issue 5, item 5): a GraphQL request is traced by ASP.NET Core and by GraphQL.NET, without the document.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Operations_a_GraphQL_request_produces_an_HTTP_span_and_a_GraphQL_span_without_the_document()
    {
        var spans = new List<Activity>();

        // The request carries its own trace, so its spans are told from other tests' (listeners are process-wide).
        var traceId = ActivityTraceId.CreateRandom();
        var serverSpanEnded = new SpanEnded(s => s.TraceId == traceId && s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        using var gateway = new TestGateway(host => host
            .UseSetting("Wsp:Telemetry:Enabled", "true")
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans).AddProcessor(serverSpanEnded))));
        using var client = gateway.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "query TelemetryProbe { regions { code } }" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();

        // The server span ends just after the response is sent; the signal comes after the exporter has recorded it.
        await serverSpanEnded.Ended.WaitAsync(TimeSpan.FromSeconds(30));
        Activity[] recorded;
        lock (spans)
        {
            recorded = [.. spans.Where(s => s.TraceId == traceId)];
        }

        var graphQL = Assert.Single(recorded, s => s.Source.Name == "GraphQL");
        Assert.Equal("query TelemetryProbe", graphQL.DisplayName);
        Assert.Single(recorded, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        Assert.Equal("query", graphQL.GetTagItem("graphql.operation.type"));
        Assert.Null(graphQL.GetTagItem("graphql.document"));
    }

    [Fact]
    public void Performance_without_an_exporter_nothing_records_spans_or_meters()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();

        Assert.Null(gateway.Services.GetService<TracerProvider>());
        Assert.Null(gateway.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public void Operations_an_OTLP_endpoint_turns_recording_on()
    {
        using var gateway = new TestGateway(host => host.UseSetting("Wsp:Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"));
        using var client = gateway.CreateClient();

        Assert.NotNull(gateway.Services.GetService<TracerProvider>());
        Assert.NotNull(gateway.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    /// <summary>Signals when a matching span ends; added after the exporter, it runs after the exporter has recorded the span.</summary>
    private sealed class SpanEnded(Func<Activity, bool> match) : BaseProcessor<Activity>
    {
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ended => _ended.Task;

        public override void OnEnd(Activity data)
        {
            if (match(data))
            {
                _ended.TrySetResult();
            }
        }
    }
}
