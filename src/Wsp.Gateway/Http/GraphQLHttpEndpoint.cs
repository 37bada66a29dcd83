using System.Buffers;
using System.IO.Pipelines;
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
/// never a 500. Public reference data asked for without a token comes from the <see cref="ResultCache"/> when it is
/// there; over GET it is also cacheable by HTTP caches (<see cref="ReferenceCacheControl"/>, with an <c>ETag</c> and
/// <c>304 Not Modified</c> for a matching <c>If-None-Match</c>). Everything a token unlocks is <c>no-store</c>
/// (<see cref="Security.GatewayRequestGuard"/>). A partner's mutation sent with an <c>Idempotency-Key</c> header is
/// executed once and its answer given again to a retry (<see cref="IdempotentRequests"/>).
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>
    /// How long HTTP caches (browsers, proxies) may reuse a GET answer of reference data before they ask again with
    /// <c>If-None-Match</c> (one hour): the data changes only with a new release of the gateway, and asking again costs
    /// a 304 without a body.
    /// </summary>
    public const string ReferenceCacheControl = "public, max-age=3600";

    // The answer's content type follows Accept; and it is the anonymous answer.
    private const string ReferenceVary = "Accept, Authorization";

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

        var services = context.RequestServices;
        var serializer = services.GetRequiredService<ResponseSerializer>();

        // A partner's POST with an Idempotency-Key: its fingerprint is the body as sent.
        var keyed = IdempotentRequests.Applies(context);
        string? fingerprint = null;

        // Public reference data asked for without a token may come from the result cache (on unless configured off).
        var anonymous = context.Request.Headers.Authorization.Count == 0;
        var cache = anonymous ? services.GetService<ResultCache>() : null;
        var get = HttpMethods.IsGet(context.Request.Method);
        GraphQLRequest? request;
        string? problem;
        byte[]? postKey = null;
        if (get)
        {
            if (cache is not null && cache.TryGetGet(context.Request.QueryString.Value ?? string.Empty, out var cached))
            {
                await WriteReferenceAsync(context, responseType, cached, get).ConfigureAwait(false);
                return;
            }

            (request, problem) = ReadGetRequest(context.Request, serializer);
        }
        else
        {
            if (!IsJson(context.Request.ContentType))
            {
                await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "POST a JSON body with Content-Type: application/json.").ConfigureAwait(false);
                return;
            }

            var reader = context.Request.BodyReader;
            var body = await ReadToEndAsync(reader, context.RequestAborted).ConfigureAwait(false);
            var read = ReadPostRequest(body, serializer, cache, out request, out problem, out postKey);
            fingerprint = keyed ? IdempotentRequests.Fingerprint(body) : null;
            reader.AdvanceTo(body.End);
            if (read is { } hit)
            {
                await WriteReferenceAsync(context, responseType, hit, get).ConfigureAwait(false);
                return;
            }
        }

        if (problem is not null || request is null)
        {
            await WriteAsync(context, serializer, responseType, StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [new ExecutionError(problem!)] }).ConfigureAwait(false);
            return;
        }

        if (get && SelectsMutation(request))
        {
            // Mutations change state, so they are never sent over GET (GraphQL over HTTP).
            context.Response.Headers.Allow = HttpMethods.Post;
            await Problems.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", "Mutations are sent with POST.").ConfigureAwait(false);
            return;
        }

        if (keyed && fingerprint is not null && SelectsMutation(request))
        {
            await IdempotentRequests.HandleAsync(context, fingerprint, () => ExecuteAsync(context, serializer, responseType, request, anonymous: false, cache: null, get, postKey)).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, serializer, responseType, request, anonymous, cache, get, postKey).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(
        HttpContext context, ResponseSerializer serializer, string responseType, GraphQLRequest request, bool anonymous, ResultCache? cache, bool get, byte[]? postKey)
    {
        var services = context.RequestServices;
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = context.RequestAborted,
        }).ConfigureAwait(false);

        // Reference data asked for without a token: kept in the result cache, and over GET cacheable by HTTP caches.
        if (anonymous && (cache is not null || get) && ReferenceAnswers.AreReferenceOnly(result, services.GetRequiredService<ISchema>()))
        {
            var answer = serializer.ToBytes(result);
            var entry = cache is null ? new ResultCache.Entry(answer)
                : get ? cache.AddGet(context.Request.QueryString.Value ?? string.Empty, answer)
                : cache.AddPost(postKey!, answer);
            await WriteReferenceAsync(context, responseType, entry, get).ConfigureAwait(false);
            return;
        }

        // graphql-response+json: a request that could not be executed (parse or validation error) is a 400.
        var status = responseType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

        await WriteAsync(context, serializer, responseType, status, result).ConfigureAwait(false);
    }

    /// <summary>Reads the whole body (the request guard bounds its size) without consuming it.</summary>
    private static async Task<ReadOnlySequence<byte>> ReadToEndAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.IsCompleted || read.IsCanceled)
            {
                return read.Buffer;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    /// <summary>Returns the cached answer to the body, or reads the request from it (and the cache key, when there is a cache).</summary>
    private static ResultCache.Entry? ReadPostRequest(
        in ReadOnlySequence<byte> body, ResponseSerializer serializer, ResultCache? cache, out GraphQLRequest? request, out string? problem, out byte[]? key)
    {
        request = null;
        problem = null;
        key = null;
        ReadOnlySpan<byte> bytes = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        if (cache is not null)
        {
            if (cache.TryGetPost(bytes, out var cached))
            {
                return cached;
            }

            key = bytes.ToArray();
        }

        try
        {
            request = serializer.ReadRequest(bytes);
            if (request is not { Query.Length: > 0 })
            {
                (request, problem) = (null, "The body is a JSON object with a non-empty 'query' string.");
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            problem = "The body is not a GraphQL request: a JSON object with 'query', and optionally 'variables', 'operationName' and 'extensions'.";
        }

        return null;
    }

    private static (GraphQLRequest? Request, string? Problem) ReadGetRequest(HttpRequest http, ResponseSerializer serializer)
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

    private static bool IsJson(string? contentType) =>
        string.Equals(contentType, MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
        || (MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase));

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
        var header = request.Headers.Accept;

        // What almost every client sends, without parsing.
        if (header.Count == 0 || (header.Count == 1 && string.Equals(header[0], MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)))
        {
            return MediaTypeNames.Application.Json;
        }

        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
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

    /// <summary>
    /// Sends a reference-data answer; over GET with the headers that let HTTP caches keep it (the answer is the same for
    /// every caller, and its type follows the Accept header), or 304 without a body when the client has it already.
    /// </summary>
    private static Task WriteReferenceAsync(HttpContext context, string responseType, ResultCache.Entry answer, bool get)
    {
        var response = context.Response;
        if (get)
        {
            var etag = answer.ETagFor(responseType);
            response.Headers.ETag = etag;
            response.Headers.CacheControl = ReferenceCacheControl;

            // Appended: CORS may have said Vary: Origin already. Authorization, so that a cache never answers a request
            // with a token from this anonymous answer: the gateway decides about every token (401, no-store).
            response.Headers.Append(HeaderNames.Vary, ReferenceVary);
            if (context.Request.Headers.IfNoneMatch.Count > 0 && Matches(context.Request.GetTypedHeaders().IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = responseType == GraphQLResponseJson ? GraphQLResponseJsonUtf8 : ApplicationJsonUtf8;
        response.ContentLength = answer.Body.Length;
        return response.Body.WriteAsync(answer.Body, context.RequestAborted).AsTask();
    }

    // If-None-Match compares weakly (RFC 9110, 13.1.2); "*" matches any current answer.
    private static bool Matches(IList<EntityTagHeaderValue> ifNoneMatch, string etag)
    {
        var current = new EntityTagHeaderValue(etag);
        return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    private static async Task WriteAsync(HttpContext context, ResponseSerializer serializer, string responseType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = responseType == GraphQLResponseJson ? GraphQLResponseJsonUtf8 : ApplicationJsonUtf8;

        // Straight into the response's pipe; one flush sends it.
        serializer.Write(context.Response.BodyWriter, result);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
