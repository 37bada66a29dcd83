using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Wsp.Gateway.Tests;

/// <summary>OpenTelemetry (issue 5, item 5): a GraphQL request is traced by ASP.NET Core and by GraphQL.NET, without the document.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Operations_a_GraphQL_request_produces_an_HTTP_span_and_a_GraphQL_span_without_the_document()
    {
        var spans = new List<Activity>();
        using var gateway = new TestGateway(host => host
            .UseSetting("Wsp:Telemetry:Enabled", "true")
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query TelemetryProbe { regions { code } }" });
        response.EnsureSuccessStatusCode();

        // The server span ends just after the response is sent.
        for (var wait = 0; wait < 50 && !HasServerSpan(spans); wait++)
        {
            await Task.Delay(100);
        }

        Activity[] recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        // Activity listeners are process-wide: other tests' spans are recorded too; this request's are the ones named for it.
        var graphQL = Assert.Single(recorded, s => s.Source.Name == "GraphQL" && s.DisplayName == "query TelemetryProbe");
        Assert.Contains(recorded, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server && s.TraceId == graphQL.TraceId);
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

    private static bool HasServerSpan(List<Activity> spans)
    {
        lock (spans)
        {
            return spans.Any(s => s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName == "POST /graphql");
        }
    }
}
