namespace Wsp.Sdk.Storage;

/// <summary>The first answer to a request sent with an idempotency key (het eerste antwoord), as it is given again to a retry.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="ContentType">The content type, for example <c>application/graphql-response+json; charset=utf-8</c>.</param>
/// <param name="Body">The body, as sent.</param>
public sealed record IdempotentResponse(int StatusCode, string ContentType, string Body);
