using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// How the gateway executes documents, tuned for cost per request (docs/performance.md): parsed and validated
/// documents are cached (<see cref="DocumentCache"/>), answers to public reference-data queries too
/// (<see cref="ResultCache"/>, on by default), and queries run with the serial strategy. The parallel
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

        if (configuration.GetValue(ResultCache.EnabledKey, defaultValue: true))
        {
            var budget = configuration.GetValue(ResultCache.BudgetKey, ResultCache.DefaultBudget);
            if (budget < 64 * 1024)
            {
                throw new InvalidOperationException($"{ResultCache.BudgetKey} is {budget}: at least 65536 bytes, or turn the cache off with {ResultCache.EnabledKey}=false.");
            }

            services.AddSingleton(provider => new ResultCache(provider.GetRequiredService<Gazetteer>(), budget));
        }

        services.AddSingleton(provider => new ResponseSerializer(provider.GetRequiredService<IErrorInfoProvider>()));
        services.AddGraphQL(graphQL =>
        {
            graphQL.AddSerializer(services => services.GetRequiredService<ResponseSerializer>());
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
