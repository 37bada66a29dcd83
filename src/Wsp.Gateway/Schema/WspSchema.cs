namespace Wsp.Gateway.Schema;

/// <summary>The partner gateway's GraphQL schema.</summary>
internal sealed class WspSchema : GraphQL.Types.Schema
{
    public WspSchema(IServiceProvider services, WspQuery query, WspMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Wsp partner gateway: the shared reference data and definitions of the Dutch public employer services, and (with a bearer token) the registration workflow.";
    }
}
