using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The Cosmos-derived gateway tests really run over Cosmos DB: the gateway's store is the Cosmos store on a database of
/// its own on the stand-in, created at start, and deleted when the gateway is disposed.
/// </summary>
public sealed class GatewayStoreTests
{
    [Fact]
    public async Task Cosmos_a_test_gateway_runs_on_its_own_database_of_the_stand_in_and_deletes_it_afterwards()
    {
        string databaseId;
        var other = new CosmosPartnerGateway();
        try
        {
            using (var gateway = new CosmosPartnerGateway())
            {
                Assert.IsType<CosmosWspStore>(gateway.Store);
                var client = gateway.Services.GetRequiredService<CosmosClient>();
                databaseId = gateway.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Wsp:Cosmos:Database"]!;
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetDatabase(databaseId).ReadAsync()).StatusCode);
                Assert.NotEqual(databaseId, other.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Wsp:Cosmos:Database"]);

                var answer = await gateway.PostAsync("{ arrangements(first: 1) { totalCount } }", partner: Sdk.Partners.PartnerIdentity.NationalDesk);
                Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
            }

            // The other gateway keeps the stand-in running; the first one's database is gone.
            using var response = await other.Services.GetRequiredService<CosmosClient>().GetDatabase(databaseId).ReadStreamAsync();
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
        finally
        {
            other.Dispose();
        }
    }

    [Fact]
    public void The_default_test_gateway_runs_on_the_embedded_SQLite_store()
    {
        using var gateway = new PartnerGateway();

        Assert.IsType<Sdk.Sqlite.SqliteWspStore>(gateway.Store);
        Assert.IsAssignableFrom<IWspStore>(gateway.Store);
    }
}
