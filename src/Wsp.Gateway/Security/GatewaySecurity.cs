using System.Security.Claims;
using GraphQL;
using GraphQL.Types.Relay;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using Wsp.Gateway.Errors;
using Wsp.Gateway.Hosting;
using Wsp.Gateway.Http.Execution;
using Wsp.Gateway.Loading;
using Wsp.Gateway.Schema;
using Wsp.Hosting.Security;
using Wsp.Sdk;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Security;

/// <summary>
/// Registers what the gateway adds to the reference-data endpoint: the store-backed schema's services (the callers'
/// client options, Relay types, clock) and its security and limits: JWT bearer validation (issuer, audience, lifetime, signature) with the
/// standard handler, the partner in the GraphQL user context, per-field authorization, depth and complexity limits,
/// the execution timeout, the mapping of domain and store errors to error codes, and the batch loaders.
/// </summary>
internal static class GatewaySecurity
{
    public static IServiceCollection AddWspGateway(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var auth = WspAuthOptions.From(configuration);
        var mode = auth.Mode ?? (environment.IsDevelopment() ? WspAuthMode.Development : WspAuthMode.Production);
        var key = auth.ResolveSigningKey(mode);
        if (mode == WspAuthMode.Production && key is null && string.IsNullOrWhiteSpace(auth.Authority))
        {
            throw new InvalidOperationException(
                "Wsp:Auth:Mode is production, but neither Wsp:Auth:Authority (the OIDC issuer whose metadata holds the signing keys) nor " +
                "Wsp:Auth:SigningKey (base64, at least 32 bytes) is configured: the gateway cannot validate bearer tokens. " +
                "Configure one, or set Wsp:Auth:Mode=development for a local gateway.");
        }

        // Bound as options and checked when the host starts: a bad limit stops the gateway with its reason.
        services.AddOptions<GatewayLimits>().Bind(configuration.GetSection(GatewayLimits.SectionName)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<GatewayLimits>, GatewayLimitsValidation>();
        services.AddSingleton(provider => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<GatewayLimits>>().Value);
        services.TryAddSingleton(GatewayTime.System);
        services.AddSingleton<OperationDeadlines>();
        services.AddPartnerRateLimits();
        auth.Mode = mode;
        services.TryAddSingleton(auth);
        services.TryAddSingleton<IClock>(NodaTime.SystemClock.Instance);

        // Every request's client reads the clock the host registers: tests register a fake one.
        services.TryAddSingleton(provider => new WspClientOptions { Clock = provider.GetRequiredService<IClock>() });

        // Relay connection types are generic, so AddGraphTypes does not register them.
        services.AddTransient(typeof(ConnectionType<>));
        services.AddTransient(typeof(EdgeType<>));
        services.AddTransient<PageInfoType>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(auth.Authority))
            {
                jwt.Authority = auth.Authority;
            }

            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                // With an Authority and no issuer of its own, the issuer comes from the OIDC metadata.
                ValidIssuer = string.IsNullOrWhiteSpace(auth.Authority) || auth.Issuer != new WspAuthOptions().Issuer ? auth.Issuer : null,
                ValidateAudience = true,
                ValidAudience = auth.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = key,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });

        services.AddGraphQL(graphQL => graphQL
            // The access check depends on the caller, not the document: it runs for cached documents too.
            .AddValidationRule<FieldAccessValidationRule>(useForCachedDocuments: true)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var configured = provider.GetRequiredService<GatewayLimits>();
                complexity.MaxDepth = configured.MaxDepth;
                complexity.MaxComplexity = configured.MaxComplexity;
                var standard = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = context =>
                    context.Parent is { } parent && Paging.IsGroupPage(parent.FieldDefinition)
                        ? new GraphQL.Validation.Complexity.FieldComplexityResult(standard(context).FieldImpact, complexity.DefaultListImpactMultiplier)
                        : standard(context);
                complexity.ValidateComplexityDelegate = context =>
                {
                    // The standard introspection query (GraphiQL, code generators) reads the schema only, yet the list
                    // estimate weighs it at ~700,000: it passes the complexity limit, never the depth limit.
                    if (context.Error is not null && context.MaxDepth <= configured.MaxDepth && IsIntrospectionOnly(context.ValidationContext.Operation))
                    {
                        context.Error = null;
                    }

                    return Task.CompletedTask;
                };
            })
            .AddUnhandledExceptionHandler(WspErrorInfoProvider.MapException)
            .ConfigureExecution(ExecuteAsync));
        return services;
    }

    /// <summary>Validates bearer tokens on <c>/graphql</c>, limits each partner's request rate, bounds the request body and keeps authorised answers out of caches.</summary>
    public static IApplicationBuilder UseWspGatewaySecurity(this IApplicationBuilder app)
    {
        // Only a request that carries a token has anything to authenticate: anonymous requests (reference data) skip
        // the handler, which would only find no Authorization header (docs/performance.md).
        app.UseWhen(context => context.Request.Headers.Authorization.Count > 0, authenticated => authenticated.UseAuthentication());

        // After authentication, so a request draws from its partner's bucket; before the token check, so a flood of bad
        // tokens draws from its address's bucket.
        app.UseRateLimiter();
        app.UseMiddleware<GatewayRequestGuard>();
        return app;
    }

    private static bool IsIntrospectionOnly(GraphQLParser.AST.GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLParser.AST.GraphQLField field && field.Name.Value.Span.StartsWith("__", StringComparison.Ordinal));

    private static async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, GraphQL.DI.ExecutionDelegate next)
    {
        var services = options.RequestServices!;
        var partner = options.User is { Identity.IsAuthenticated: true } user && PartnerClaims.TryRead(user, services.GetRequiredService<Gazetteer>(), out var found) ? found : null;

        // The caller's client decides everything about the caller; an anonymous request has none (reference data only).
        var client = partner is null ? null : new WspClient(new RequestStore(services.GetRequiredService<IWspStore>()), partner, services.GetRequiredService<WspClientOptions>());
        var limits = services.GetRequiredService<GatewayLimits>();
        var caller = options.CancellationToken;
        using var deadline = services.GetRequiredService<OperationDeadlines>().Start(caller);
        options.UserContext = new WspUserContext(client, deadline);
        options.CancellationToken = deadline.ExecutionToken;
        try
        {
            return await next(options).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested && deadline.Unknown is { } unknown)
        {
            // A write was in flight at the deadline: it happened whole or not at all, and the answer says which records to read.
            return new ExecutionResult { Executed = true, Errors = [new OutcomeUnknownError(unknown)] };
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return new ExecutionResult
            {
                Executed = true,
                Errors = [new ExecutionError(TimeoutMessage(limits)) { Code = ErrorCodes.Timeout }],
            };
        }
    }

    /// <summary>What a client is told of an operation the execution timeout stopped before it wrote anything.</summary>
    internal static string TimeoutMessage(GatewayLimits limits) =>
        $"The operation ran longer than {limits.ExecutionTimeout.TotalSeconds:0.###} s and was stopped before it wrote anything; ask for less (smaller pages, fewer fields), or send a mutation again.";

    internal static bool IsPartner(ClaimsPrincipal principal, Gazetteer gazetteer) => PartnerClaims.TryRead(principal, gazetteer, out _);
}
