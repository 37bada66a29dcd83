using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Wsp.Gateway.Tests;

/// <summary><c>schema/wsp.graphql</c> is the running schema, printed: a change to one without the other fails here.</summary>
public sealed class SchemaFileTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public void The_schema_file_is_the_running_schema()
    {
        var printed = gateway.Services.GetRequiredService<ISchema>().Print().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        var root = typeof(SchemaFileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var path = Path.Combine(root, "schema", "wsp.graphql");
        var file = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (file != printed)
        {
            File.WriteAllText(Path.Combine(root, "schema", "wsp.received.graphql"), printed);
            Assert.Fail($"schema/wsp.graphql differs from the running schema. Review schema/wsp.received.graphql and, if intended, copy it over {path}.");
        }
    }

    [Fact]
    public void The_contract_fields_of_the_design_exist_with_their_names()
    {
        var schema = gateway.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var query = schema.Query;
        Assert.NotNull(query.GetField("regions"));
        Assert.NotNull(query.GetField("region")?.Arguments?.Find("code"));
        Assert.NotNull(query.GetField("municipality")?.Arguments?.Find("name"));
        var municipality = (IObjectGraphType)schema.AllTypes["Municipality"]!;
        Assert.Equal(["code", "name", "region", "province"], municipality.Fields.Select(f => f.Name).Take(4));
    }
}
