using GraphQL;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Wsp.Gateway.Http;

namespace Wsp.Gateway.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core's requests, GraphQL.NET's own execution spans (activity source
/// <see cref="GraphQLSource"/>) and the runtime's HTTP meters. Exported over OTLP when an endpoint is configured
/// (<c>Wsp:Telemetry:OtlpEndpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). Without one nothing leaves
/// the process, so nothing is recorded either: a listener makes every request start an activity, set its tags and
/// record its meters (docs/performance.md measures that cost), which is waste when no exporter reads them.
/// <c>Wsp:Telemetry:Enabled=true</c> records without OTLP, for an exporter a host adds itself. Spans never carry the
/// GraphQL document, variables or query strings: they may hold personal data.
/// </summary>
internal static class WspTelemetry
{
    public const string ServiceName = "Wsp.Gateway";

    /// <summary>The activity source GraphQL.NET's telemetry (<c>UseTelemetry</c>) writes to.</summary>
    public const string GraphQLSource = "GraphQL";

    public const string OtlpEndpointKey = "Wsp:Telemetry:OtlpEndpoint";

    /// <summary>Whether traces and metrics are recorded; default: when an OTLP endpoint is configured.</summary>
    public const string EnabledKey = "Wsp:Telemetry:Enabled";

    public static IServiceCollection AddWspTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[OtlpEndpointKey] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(endpoint);
        if (!configuration.GetValue(EnabledKey, defaultValue: export))
        {
            return services;
        }

        // The document may hold literals such as a candidate's reference: never recorded.
        services.AddGraphQL(graphQL => graphQL.UseTelemetry(options => options.RecordDocument = false));
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: ApiVersion.Current))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
                    .AddSource(GraphQLSource);
                if (export)
                {
                    tracing.AddOtlpExporter(options => options.Endpoint = new Uri(endpoint!));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation();
                if (export)
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = new Uri(endpoint!));
                }
            });
        return services;
    }
}
