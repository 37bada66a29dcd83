using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Wsp.Gateway.Tests;

/// <summary>The printed schema as a Snapshooter snapshot: any change to the contract shows up as a snapshot diff to review.</summary>
public sealed class SchemaSnapshotTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public void The_printed_schema_matches_its_snapshot() =>
        gateway.Services.GetRequiredService<ISchema>().Print().Replace("\r\n", "\n", StringComparison.Ordinal).MatchSnapshot();
}
