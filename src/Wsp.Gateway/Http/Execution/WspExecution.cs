using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// How the gateway executes documents, tuned for cost per request (docs/performance.md): parsed and validated
/// documents are cached (<see cref="DocumentCache"/>), and queries run with the serial strategy. The parallel
/// strategy only pays off when sibling fields wait on I/O at the same time; the gateway's store-backed lists batch
/// their loads per level (data loaders, which the serial strategy runs too), and reference data resolves
/// synchronously, where the parallel strategy's per-field task bookkeeping is pure overhead. Results are written
/// synchronously into the response's pipe (<see cref="ResponseSerializer"/>).
/// </summary>
internal static class WspExecution
{
    /// <summary>Whether parsed and validated documents are cached (default true); false measures without.</summary>
    public const string DocumentCacheKey = "Wsp:Gateway:Execution:DocumentCache";

    /// <summary>The strategy for queries: <c>serial</c> (default) or <c>parallel</c> (GraphQL.NET's default).</summary>
    public const string QueryStrategyKey = "Wsp:Gateway:Execution:QueryStrategy";

    public static IServiceCollection AddWspExecution(this IServiceCollection services, IConfiguration configuration)
    {
        var strategy = configuration[QueryStrategyKey] ?? "serial";
        if (strategy is not ("serial" or "parallel"))
        {
            throw new InvalidOperationException($"{QueryStrategyKey} is '{strategy}': use serial or parallel.");
        }

        if (configuration.GetValue(ResultCache.EnabledKey, defaultValue: false))
        {
            services.AddSingleton<ResultCache>();
        }

        services.AddGraphQL(graphQL =>
        {
            graphQL.AddSerializer(services => new ResponseSerializer(services.GetRequiredService<IErrorInfoProvider>()));
            if (configuration.GetValue(DocumentCacheKey, defaultValue: true))
            {
                graphQL.ConfigureExecution(new DocumentCache());
            }

            if (strategy == "serial")
            {
                graphQL.AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query);
            }
        });
        return services;
    }
}
