using Microsoft.Azure.Cosmos;

namespace Wsp.Testing.Cosmos.Tests;

/// <summary>A document shaped like the store's: partitioned by region code.</summary>
public sealed record Vacancy(string Id, string RegionCode, string Title, int Workplaces);

internal static class Feed
{
    /// <summary>Every result of a query, following its continuations page by page.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(FeedIterator<T> iterator)
    {
        using (iterator)
        {
            var results = new List<T>();
            while (iterator.HasMoreResults)
            {
                FeedResponse<T> page = await iterator.ReadNextAsync();
                results.AddRange(page);
            }

            return results;
        }
    }

    public static Task<List<T>> QueryAsync<T>(
        this Container container,
        string sql,
        PartitionKey? partitionKey = null,
        int? maxItemCount = null,
        params (string Name, object Value)[] parameters)
    {
        var definition = new QueryDefinition(sql);
        foreach (var (name, value) in parameters)
        {
            definition = definition.WithParameter(name, value);
        }

        var options = new QueryRequestOptions { PartitionKey = partitionKey, MaxItemCount = maxItemCount };
        return ReadAllAsync(container.GetItemQueryIterator<T>(definition, requestOptions: options));
    }

    public static async Task SeedAsync(this Container container, params Vacancy[] vacancies)
    {
        foreach (var vacancy in vacancies)
        {
            await container.CreateItemAsync(vacancy, new PartitionKey(vacancy.RegionCode));
        }
    }
}
