using System.Net;
using System.Text;
using Microsoft.Azure.Cosmos;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The store's own serialization and its reading of Cosmos DB answers. The store uses the SDK's stream API with
/// Newtonsoft.Json settings of its own, so the documents look the same whatever serializer the caller's client has,
/// and a 404, 409 or 412 is a status code to map, not an exception to catch.
/// </summary>
internal static class Json
{
    private static readonly JsonSerializer s_serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        NullValueHandling = NullValueHandling.Include,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    });

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static MemoryStream ToStream<T>(T value)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, s_utf8, bufferSize: 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(writer))
        {
            s_serializer.Serialize(json, value);
        }

        stream.Position = 0;
        return stream;
    }

    public static T FromStream<T>(Stream stream)
    {
        using var reader = new StreamReader(stream, s_utf8);
        using var json = new JsonTextReader(reader) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return s_serializer.Deserialize<T>(json) ?? throw new JsonSerializationException($"Cosmos DB answered null for a {typeof(T).Name}.");
    }

    /// <summary>The documents of one page of a query's answer (<c>{"Documents": [...]}</c>).</summary>
    public static List<T> Documents<T>(Stream stream)
    {
        var page = FromStream<JObject>(stream);
        var documents = page["Documents"] as JArray ?? throw new JsonSerializationException("A query answer without Documents.");
        return [.. documents.Select(d => d.ToObject<T>(s_serializer)!)];
    }

    /// <summary>
    /// Whether the answer is "no such document": a 404 whose sub-status is 0. A 404 with another sub-status (1003: the
    /// container or database does not exist) is a misconfiguration, not an empty store, and must not read as null.
    /// </summary>
    public static bool IsMissingDocument(ResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NotFound && SubStatus(response) == 0;

    /// <summary>
    /// Turns a failed answer into what the store promises: 404 NotFound, 409 AlreadyExists, 412 Conflict, and what is
    /// still throttled or unavailable after the client's retries Unavailable. Anything else is a defect or a
    /// misconfiguration and surfaces as the SDK's own <see cref="CosmosException"/>.
    /// </summary>
    public static StoreException? ToStoreException(ResponseMessage response, string what)
    {
        var code = response.StatusCode switch
        {
            HttpStatusCode.NotFound when IsMissingDocument(response) => StoreErrorCode.NotFound,
            HttpStatusCode.Conflict => StoreErrorCode.AlreadyExists,
            HttpStatusCode.PreconditionFailed => StoreErrorCode.Conflict,
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout
                or HttpStatusCode.GatewayTimeout or HttpStatusCode.Gone => StoreErrorCode.Unavailable,
            _ => (StoreErrorCode?)null,
        };
        if (code is null)
        {
            return null;
        }

        var message = code switch
        {
            StoreErrorCode.NotFound => $"{what} does not exist.",
            StoreErrorCode.AlreadyExists => $"{what} exists already.",
            StoreErrorCode.Conflict => $"{what} changed since it was read: read it again, reapply the change and retry.",
            _ => $"Cosmos DB did not take the request for {what} ({(int)response.StatusCode} {response.StatusCode}); it may be retried later.",
        };
        return new StoreException(code.Value, message, Failure(response));
    }

    /// <summary>Throws the mapped <see cref="StoreException"/> or the SDK's exception for a failed answer.</summary>
    public static void EnsureSuccess(ResponseMessage response, string what)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw (Exception?)ToStoreException(response, what) ?? Failure(response, what);
    }

    /// <summary>The SDK's exception for a failed answer, with its status, activity id and charge.</summary>
    public static CosmosException Failure(ResponseMessage response, string? what = null) => new(
        $"Cosmos DB answered {(int)response.StatusCode} {response.StatusCode}{(what is null ? "" : " for " + what)}: {response.ErrorMessage}",
        response.StatusCode,
        SubStatus(response),
        response.Headers.ActivityId,
        response.Headers.RequestCharge);

    private static int SubStatus(ResponseMessage response) =>
        int.TryParse(response.Headers["x-ms-substatus"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var subStatus) ? subStatus : 0;
}
