using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>One stand-in for every test class of this assembly (xunit 2 needs the definition in the test assembly).</summary>
[CollectionDefinition(CosmosStandInFixture.CollectionName)]
public sealed class CosmosCollectionDefinition : ICollectionFixture<CosmosStandInFixture>;
