using Microsoft.AspNetCore.Mvc;

namespace Wsp.Gateway.Http;

/// <summary>Answers errors outside GraphQL (415, 406, 405, 413, 401, …) as <c>application/problem+json</c> (RFC 9457), as the NL GOV API Design Rules ask.</summary>
internal static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail }).ExecuteAsync(context);
    }
}
