using System.Collections.Concurrent;
using System.Net;
using Microsoft.Azure.Cosmos;
using Newtonsoft.Json.Linq;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>One request as the client sent it: what, where, with which partition key and query text.</summary>
internal sealed record SentRequest(string Method, string Uri, string? PartitionKey, string? QueryText, bool IsQueryPlan);

/// <summary>
/// A handler in the client's pipeline that records every request (before the SDK's retries), and can answer requests
/// itself, to play a throttled account.
/// </summary>
internal sealed class RecordingHandler : RequestHandler
{
    private readonly ConcurrentQueue<SentRequest> _sent = new();
    private readonly ConcurrentQueue<(string Query, int Items)> _returned = new();

    public Func<RequestMessage, HttpStatusCode?> Answer { get; set; } = _ => null;

    public IReadOnlyList<SentRequest> Sent => [.. _sent];

    /// <summary>Gets each query response's item count (<c>x-ms-item-count</c>) with its query text: what a read returned.</summary>
    public IReadOnlyList<(string Query, int Items)> Returned => [.. _returned];

    public void Clear()
    {
        _sent.Clear();
        _returned.Clear();
    }

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        string? query = null;
        if (request.Content is { } content && request.Headers["x-ms-documentdb-isquery"] is not null)
        {
            var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            query = (string?)JObject.Parse(new StreamReader(copy).ReadToEnd())["query"];
            copy.Position = 0;
            request.Content = copy;
        }

        _sent.Enqueue(new SentRequest(
            request.Method.Method,
            request.RequestUri.OriginalString,
            request.Headers["x-ms-documentdb-partitionkey"],
            query,
            string.Equals(request.Headers["x-ms-cosmos-is-query-plan-request"], "True", StringComparison.OrdinalIgnoreCase)));
        if (Answer(request) is { } status)
        {
            return new ResponseMessage(status, request, $"answered {(int)status} by the test");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (query is not null && int.TryParse(response.Headers["x-ms-item-count"], out var items))
        {
            _returned.Enqueue((query, items));
        }

        return response;
    }
}
