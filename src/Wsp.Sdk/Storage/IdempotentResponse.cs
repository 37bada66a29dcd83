namespace Wsp.Sdk.Storage;

/// <summary>The first answer to a request sent with an idempotency key (het eerste antwoord), as it is given again to a retry.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="ContentType">The content type, for example <c>application/graphql-response+json; charset=utf-8</c>.</param>
/// <param name="Body">The body, as sent.</param>
/// <exception cref="ArgumentNullException">The content type or body is null.</exception>
public sealed record IdempotentResponse(int StatusCode, string ContentType, string Body)
{
    /// <summary>Gets the content type.</summary>
    public string ContentType { get; init; } = Preconditions.CheckNotNull(ContentType);

    /// <summary>Gets the body, as sent.</summary>
    public string Body { get; init; } = Preconditions.CheckNotNull(Body);
}
