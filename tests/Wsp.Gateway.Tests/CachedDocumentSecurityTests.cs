using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The parsed-document cache keeps a document once it passed validation; the access rule depends on the caller, so it
/// must run again for every caller of a cached document.
/// </summary>
public sealed class CachedDocumentSecurityTests(PartnerGateway gateway) : IClassFixture<PartnerGateway>
{
    [Fact]
    public async Task Security_a_document_cached_for_UWV_is_still_refused_to_the_ministry_and_to_anonymous_callers()
    {
        const string query = "{ vacancies(first: 5) { edges { node { id } } } }";

        var uwv = await gateway.PostAsync(query, partner: PartnerIdentity.Uwv);
        var ministry = await gateway.PostAsync(query, partner: PartnerIdentity.Ministry);
        var anonymous = await gateway.PostAsync(query);

        Assert.Empty(uwv.ErrorCodes);
        Assert.Contains("FORBIDDEN", ministry.ErrorCodes);
        Assert.Contains("UNAUTHENTICATED", anonymous.ErrorCodes);
    }

    [Fact]
    public async Task The_introspection_query_of_GraphiQL_passes_the_default_depth_limit()
    {
        const string typeRef = "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
        const string query = "query IntrospectionQuery { __schema { queryType { name } types { ...FullType } } } " +
            "fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } } inputFields { ...InputValue } interfaces { ...TypeRef } possibleTypes { ...TypeRef } } " +
            "fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue } " + typeRef;

        var answer = await gateway.PostAsync(query);

        Assert.True(answer.Status == 200, answer.ToString());
        Assert.Empty(answer.ErrorCodes);
    }
}
