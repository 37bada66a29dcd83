using System.Net.Mime;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;
using Wsp.Gateway.GraphiQL;
using Wsp.Gateway.Http.Execution;

namespace Wsp.Gateway.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>, as the GraphQL-over-HTTP specification says: POST with a JSON body, GET for
/// queries, <c>application/graphql-response+json</c> (with the status codes it implies) or <c>application/json</c>
/// (always 200 once the request is well-formed), as the client's Accept header asks. A client's mistake is a 4xx,
/// never a 500.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    private const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";
    private const string ApplicationJsonUtf8 = MediaTypeNames.Application.Json + "; charset=utf-8";

    public static IEndpointConventionBuilder MapWspGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        if (GraphiQLPage.IsRequestedBy(context.Request))
        {
            await GraphiQLPage.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        var responseType = NegotiateResponseType(context.Request);
        if (responseType is null)
        {
            await Problems.WriteAsync(context, StatusCodes.Status406NotAcceptable, "Not acceptable", $"Accept {GraphQLResponseJson} or {MediaTypeNames.Application.Json}.").ConfigureAwait(false);
            return;
        }

        var keyed = IdempotentRequests.Applies(context);
        if (keyed)
        {
            // The key's fingerprint is the body as sent: read it again after the request is parsed.
            context.Request.EnableBuffering();
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (request, problem) = await ReadRequestAsync(context, serializer).ConfigureAwait(false);
        if (problem is not null)
        {
            await WriteAsync(context, serializer, responseType, StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [new ExecutionError(problem)] }).ConfigureAwait(false);
            return;
        }

        if (request is null)
        {
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && SelectsMutation(request))
        {
            // Mutations change state, so they are never sent over GET (GraphQL over HTTP).
            context.Response.Headers.Allow = HttpMethods.Post;
            await Problems.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", "Mutations are sent with POST.").ConfigureAwait(false);
            return;
        }

        if (keyed && SelectsMutation(request))
        {
            await IdempotentRequests.HandleAsync(context, () => ExecuteAsync(context, serializer, responseType, request, results: null)).ConfigureAwait(false);
            return;
        }

        // Public reference data asked for anonymously may come from the result cache (when it is on).
        var results = context.Request.Headers.Authorization.Count == 0 ? context.RequestServices.GetService<ResultCache>() : null;
        await ExecuteAsync(context, serializer, responseType, request, results).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(HttpContext context, IGraphQLTextSerializer serializer, string responseType, GraphQLRequest request, ResultCache? results)
    {
        ResultCache.Key key = default;
        if (results is not null)
        {
            key = results.KeyFor(request.Query!, request.OperationName, request.Variables is null ? null : serializer.Serialize(request.Variables));
            if (results.TryGet(key, out var cached))
            {
                await WriteBytesAsync(context, responseType, cached).ConfigureAwait(false);
                return;
            }
        }

        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        }).ConfigureAwait(false);

        if (results is not null && result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query
            && serializer is ResponseSerializer direct)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            direct.Write(buffer, result);
            var bytes = buffer.WrittenSpan.ToArray();
            results.Add(key, bytes);
            await WriteBytesAsync(context, responseType, bytes).ConfigureAwait(false);
            return;
        }

        // graphql-response+json: a request that could not be executed (parse or validation error) is a 400.
        var status = responseType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

        await WriteAsync(context, serializer, responseType, status, result).ConfigureAwait(false);
    }

    private static Task WriteBytesAsync(HttpContext context, string responseType, byte[] body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = responseType == GraphQLResponseJson ? GraphQLResponseJsonUtf8 : ApplicationJsonUtf8;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadRequestAsync(HttpContext context, IGraphQLTextSerializer serializer)
    {
        var http = context.Request;
        if (HttpMethods.IsGet(http.Method))
        {
            var query = http.Query["query"].ToString();
            if (query.Length == 0)
            {
                return (null, "A GET request carries the query in the 'query' parameter.");
            }

            var variables = http.Query["variables"].ToString();
            var extensions = http.Query["extensions"].ToString();
            try
            {
                return (new GraphQLRequest
                {
                    Query = query,
                    OperationName = http.Query["operationName"].ToString() is { Length: > 0 } name ? name : null,
                    Variables = variables.Length == 0 ? null : serializer.Deserialize<Inputs>(variables),
                    Extensions = extensions.Length == 0 ? null : serializer.Deserialize<Inputs>(extensions),
                }, null);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                return (null, "The 'variables' or 'extensions' parameter is not a JSON object.");
            }
        }

        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType) || !contentType.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "POST a JSON body with Content-Type: application/json.").ConfigureAwait(false);
            return (null, null);
        }

        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Body, context.RequestAborted).ConfigureAwait(false);
            return request is { Query.Length: > 0 } ? (request, null) : (null, "The body is a JSON object with a non-empty 'query' string.");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, "The body is not a GraphQL request: a JSON object with 'query', and optionally 'variables', 'operationName' and 'extensions'.");
        }
    }

    private static bool SelectsMutation(GraphQLRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The executer reports the syntax error in the GraphQL response.
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToArray();
        var selected = request.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
            : operations.Length == 1 ? operations[0] : null;
        return selected?.Operation is OperationType.Mutation or OperationType.Subscription;
    }

    private static string? NegotiateResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return MediaTypeNames.Application.Json;
        }

        foreach (var value in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var type = value.MediaType.Value;
            if (string.Equals(type, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (string.Equals(type, MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return MediaTypeNames.Application.Json;
            }
        }

        return null;
    }

    private static async Task WriteAsync(HttpContext context, IGraphQLTextSerializer serializer, string responseType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = responseType == GraphQLResponseJson ? GraphQLResponseJsonUtf8 : ApplicationJsonUtf8;
        if (serializer is ResponseSerializer direct)
        {
            // Straight into the response's pipe; one flush sends it.
            direct.Write(context.Response.BodyWriter, result);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }
}
