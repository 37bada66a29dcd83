using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Wsp.Gateway.Tests;

/// <summary>The GraphQL-over-HTTP specification, and the NL GOV conventions for errors outside GraphQL.</summary>
public sealed class GraphQLOverHttpTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        using var response = await gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ region(code: \"AM21\") { name } }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Haaglanden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST()
    {
        using var response = await gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task The_response_type_follows_the_Accept_header()
    {
        using var request = Post("{ regions { code } }");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await gateway.Client.SendAsync(request);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);

        using var legacy = await gateway.Client.SendAsync(Post("{ regions { code } }"));
        Assert.Equal("application/json", legacy.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_graphql_response_json_a_request_that_fails_validation_is_400()
    {
        using var request = Post("{ nosuchfield }");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await gateway.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task With_application_json_a_request_that_fails_validation_is_200_with_errors()
    {
        using var response = await gateway.Client.SendAsync(Post("{ nosuchfield }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"variables\": {}}")]
    public async Task A_malformed_body_is_400_never_500(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await gateway.Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415_as_problem_json()
    {
        using var content = new StringContent("{ regions { code } }", Encoding.UTF8, "text/plain");
        using var response = await gateway.Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unacceptable_Accept_header_is_406()
    {
        using var request = Post("{ regions { code } }");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await gateway.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Bad_variables_over_GET_are_400()
    {
        using var response = await gateway.Client.GetAsync("/graphql?query=%7B%20regions%20%7B%20code%20%7D%20%7D&variables=nope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_response_names_the_API_version()
    {
        using var response = await gateway.Client.SendAsync(Post("{ regions { code } }"));
        Assert.Equal("0.4.0", response.Headers.GetValues("API-Version").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Names_are_written_as_they_are_without_needless_escapes()
    {
        using var response = await gateway.Client.SendAsync(Post("{ municipality(code: \"GM0518\") { name } }"));
        Assert.Contains("'s-Gravenhage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };
}
