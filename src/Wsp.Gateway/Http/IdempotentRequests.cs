using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using Wsp.Gateway.Errors;
using Wsp.Gateway.Hosting;
using Wsp.Hosting.Security;
using Wsp.Sdk;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Http;

/// <summary>
/// Mutations sent with an <c>Idempotency-Key</c> header, as the IETF draft "The Idempotency-Key HTTP Header Field" says:
/// the same key with the same body is answered with the first answer again (status, content type and body as sent, with
/// <c>Idempotent-Replayed: true</c>) for 24 hours; the same key with another body is 422, and while the first request is
/// still being processed a retry is 409, both as problem+json. Keys are the partner's own (the caller's
/// <see cref="WspClient"/> claims them). An answer that says nothing was decided — a timeout before the write, an outcome
/// unknown, a server error — is not kept: the key is free again, and the retry runs anew (and, with the same ids, answers
/// as the first write did).
/// </summary>
internal static class IdempotentRequests
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    /// <summary>Whether a request with a key is answered through it: a partner's mutation sent with the header.</summary>
    public static bool Applies(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.ContainsKey(HeaderName) && context.User is { Identity.IsAuthenticated: true };

    /// <summary>Answers the request through its key: the first answer again, a refusal, or <paramref name="execute"/>'s answer kept for a retry.</summary>
    /// <param name="context">The request.</param>
    /// <param name="fingerprint">The request body's fingerprint (<see cref="Fingerprint"/>).</param>
    /// <param name="execute">Executes the request and writes its answer.</param>
    public static async Task HandleAsync(HttpContext context, string fingerprint, Func<Task> execute)
    {
        var services = context.RequestServices;
        if (!PartnerClaims.TryRead(context.User, services.GetRequiredService<Gazetteer>(), out var partner))
        {
            await execute().ConfigureAwait(false);
            return;
        }

        if (ReadKey(context.Request) is not { } key)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Bad Idempotency-Key", $"{HeaderName} is one string of 1 to {IdempotencyRecord.MaxKeyLength} characters, for example \"8e03978e-40d5-43e8-bc93-6894a57f9324\".").ConfigureAwait(false);
            return;
        }

        var client = new WspClient(services.GetRequiredService<IWspStore>(), partner, services.GetRequiredService<WspClientOptions>());
        IdempotencyClaim claim;
        try
        {
            claim = await client.ClaimIdempotencyKeyAsync(key, fingerprint, Lease(services.GetRequiredService<GatewayLimits>()), context.RequestAborted).ConfigureAwait(false);
        }
        catch (StoreException e) when (e.Code is StoreErrorCode.Conflict or StoreErrorCode.Unavailable)
        {
            // Nothing was executed: the same request may be sent again as it is.
            context.Response.Headers.RetryAfter = "1";
            await Problems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Idempotency-Key not claimed", $"The key could not be claimed ({e.Code}); nothing was executed: send the request again.").ConfigureAwait(false);
            return;
        }

        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Completed:
                await ReplayAsync(context, claim.Record.Response!).ConfigureAwait(false);
                return;
            case IdempotencyClaimOutcome.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await Problems.WriteAsync(context, StatusCodes.Status409Conflict, "Request in progress", $"The first request with {HeaderName} '{key}' is still being processed; send it again later for its answer.").ConfigureAwait(false);
                return;
            case IdempotencyClaimOutcome.OtherRequest:
                await Problems.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused", $"{HeaderName} '{key}' came before with another request body; a key names one request (use a new key for a new request).").ConfigureAwait(false);
                return;
        }

        await ExecuteOnceAsync(context, client, claim, execute).ConfigureAwait(false);
    }

    private static async Task ExecuteOnceAsync(HttpContext context, WspClient client, IdempotencyClaim claim, Func<Task> execute)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await execute().ConfigureAwait(false);
        }
        catch
        {
            context.Response.Body = original;

            // Not answered: nothing to repeat, so the key is free for the retry. The release runs even if the caller left.
            await client.ReleaseIdempotencyKeyAsync(claim, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        context.Response.Body = original;
        var response = new IdempotentResponse(context.Response.StatusCode, context.Response.ContentType ?? "", Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));

        // The answer is kept even when the caller went away meanwhile: its retry is what the key is for.
        if (IsDecided(response))
        {
            await client.CompleteIdempotentRequestAsync(claim, response, CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await client.ReleaseIdempotencyKeyAsync(claim, CancellationToken.None).ConfigureAwait(false);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task ReplayAsync(HttpContext context, IdempotentResponse first)
    {
        context.Response.StatusCode = first.StatusCode;
        context.Response.ContentType = first.ContentType;
        context.Response.Headers[ReplayedHeaderName] = "true";
        return context.Response.WriteAsync(first.Body, context.RequestAborted);
    }

    /// <summary>
    /// Whether an answer is the request's outcome, to give again: not a server error, nor an error that leaves the outcome
    /// open (<c>TIMEOUT</c>: stopped before the write; <c>OUTCOME_UNKNOWN</c>: may or may not have been written).
    /// </summary>
    private static bool IsDecided(IdempotentResponse response)
    {
        if (response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return !(document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().Any(e => e.TryGetProperty("extensions", out var x) && x.ValueKind == JsonValueKind.Object
                    && x.TryGetProperty("code", out var code) && code.GetString() is ErrorCodes.Timeout or ErrorCodes.OutcomeUnknown));
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>
    /// The key: the header's one value, an RFC 8941 string (<c>"…"</c>) as the draft writes it or the bare characters.
    /// </summary>
    private static string? ReadKey(HttpRequest request)
    {
        var values = request.Headers[HeaderName];
        if (values.Count != 1 || values[0] is not { } value)
        {
            return null;
        }

        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1];
        }

        return value.Length is > 0 and <= IdempotencyRecord.MaxKeyLength && !string.IsNullOrWhiteSpace(value) ? value : null;
    }

    /// <summary>The request's fingerprint: SHA-256 of the body as sent, in hex (the same request is the same bytes).</summary>
    /// <param name="body">The body, read whole.</param>
    /// <returns>The fingerprint.</returns>
    public static string Fingerprint(in ReadOnlySequence<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var segment in body)
        {
            hash.AppendData(segment.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>How long a key is held for a request still being processed: twice the execution timeout, at least a minute.</summary>
    private static Duration Lease(GatewayLimits limits) => Duration.Max(Duration.FromMinutes(1), Duration.FromTimeSpan(limits.ExecutionTimeout * 2));
}
