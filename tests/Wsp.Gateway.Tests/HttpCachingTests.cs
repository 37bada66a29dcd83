using System.Net;
using System.Net.Http.Headers;
using Wsp.Gateway.Http.Execution;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>
/// HTTP caching of public reference data (issue 20): a GET of reference data without a token is the same answer for
/// everyone, so HTTP caches may keep it (<c>Cache-Control: public</c>, an <c>ETag</c>, <c>304 Not Modified</c> for a
/// matching <c>If-None-Match</c>); everything a token unlocks stays <c>no-store</c>, and POST answers carry no caching.
/// </summary>
public sealed class HttpCachingTests
{
    private const string Regions = "/graphql?query=%7B%20regions%20%7B%20code%20name%20%7D%20%7D";

    [Fact]
    public async Task Performance_a_GET_of_reference_data_is_public_for_an_hour_with_an_entity_tag_and_varies_by_Accept_and_Authorization()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(Regions);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.False(response.Headers.ETag?.IsWeak);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", response.Headers.ETag?.Tag);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("Authorization", response.Headers.Vary);
        Assert.Contains("Groningen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("*")]
    public async Task Performance_a_matching_If_None_Match_is_answered_304_without_a_body(string ifNoneMatch)
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();
        using var first = await client.GetAsync(Regions);
        var etag = first.Headers.ETag!.Tag;

        using var again = new HttpRequestMessage(HttpMethod.Get, Regions);
        again.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, ifNoneMatch, etag));
        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task Performance_another_entity_tag_gets_the_answer_and_another_answer_has_another_tag()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();
        using var regions = await client.GetAsync(Regions);

        using var stale = new HttpRequestMessage(HttpMethod.Get, Regions);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-answer\""));
        using var answered = await client.SendAsync(stale);
        using var provinces = await client.GetAsync("/graphql?query=%7B%20provinces%20%7B%20code%20%7D%20%7D");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(await regions.Content.ReadAsStringAsync(), await answered.Content.ReadAsStringAsync());
        Assert.NotEqual(regions.Headers.ETag, provinces.Headers.ETag);
        Assert.NotNull(provinces.Headers.ETag);
    }

    [Fact]
    public async Task Performance_each_representation_has_its_own_entity_tag_and_one_never_revalidates_the_other()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();
        using var json = await GetAsync(client, "application/json");
        using var graphQLResponse = await GetAsync(client, "application/graphql-response+json");

        // A cache holding the application/json answer asks with its tag for the other type: it must get the body.
        using var revalidate = await GetAsync(client, "application/graphql-response+json", json.Headers.ETag!.Tag);
        using var sameType = await GetAsync(client, "application/graphql-response+json", graphQLResponse.Headers.ETag!.Tag);

        Assert.Equal(await json.Content.ReadAsStringAsync(), await graphQLResponse.Content.ReadAsStringAsync());
        Assert.NotEqual(json.Headers.ETag, graphQLResponse.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, revalidate.StatusCode);
        Assert.Equal("application/graphql-response+json", revalidate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(graphQLResponse.Headers.ETag, revalidate.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, sameType.StatusCode);
    }

    [Fact]
    public async Task Security_CORS_keeps_its_Vary_Origin_beside_the_reference_data_Vary()
    {
        // Two origins: with one, ASP.NET Core's CORS answers the same Access-Control-Allow-Origin to all and adds no Vary.
        using var gateway = new TestGateway(host => host
            .UseSetting($"{Wsp.Gateway.Hosting.WspCors.OriginsKey}:0", "https://partner.example")
            .UseSetting($"{Wsp.Gateway.Hosting.WspCors.OriginsKey}:1", "https://other-partner.example"));
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Regions);
        request.Headers.Add("Origin", "https://partner.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://partner.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("Authorization", response.Headers.Vary);
    }

    [Fact]
    public async Task Performance_with_the_result_cache_off_a_GET_of_reference_data_still_has_its_entity_tag_and_304()
    {
        using var gateway = new TestGateway(host => host.UseSetting(ResultCache.EnabledKey, "false"));
        using var client = gateway.CreateClient();
        using var first = await client.GetAsync(Regions);

        using var again = new HttpRequestMessage(HttpMethod.Get, Regions);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Performance_a_GET_with_an_error_is_not_cacheable()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql?query=%7B%20municipality(name%3A%20%22Bergen%22)%20%7B%20code%20%7D%20%7D");

        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Performance_a_POST_of_reference_data_carries_no_caching_headers()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/graphql", new StringContent("""{"query": "{ regions { code } }"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Security_a_GET_with_a_token_is_no_store_reference_data_too_and_never_public()
    {
        using var gateway = new PlainPartnerGateway();
        using var request = new HttpRequestMessage(HttpMethod.Get, Regions);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.TokenFor(PartnerIdentity.Uwv));

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.CacheControl?.Public);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Security_a_GET_of_records_with_a_token_is_no_store()
    {
        using var gateway = new PlainPartnerGateway();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20vacancies(first%3A%201)%20%7B%20edges%20%7B%20node%20%7B%20id%20%7D%20%7D%20%7D%20%7D");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.TokenFor(PartnerIdentity.Uwv));

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string accept, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Regions);
        request.Headers.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.ParseAdd(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A partner gateway (tokens, a store) with its default settings.</summary>
    private sealed class PlainPartnerGateway() : PartnerGateway(new Dictionary<string, string?>());
}
