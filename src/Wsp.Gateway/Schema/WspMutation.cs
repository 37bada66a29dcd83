using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The root mutation: the registration workflow, the national desk's arrangements and a region's input data, each field
/// typed input → SDK value → one call of the caller's <see cref="Sdk.WspClient"/> → payload. The client decides who may
/// act and applies the aggregate's rule; refusals reach the client with the rule id or FORBIDDEN as <c>extensions.code</c>.
/// Every field runs under the operation's deadline at the SDK's commit point (<see cref="CommitPointResolver"/>): a
/// timeout never reports a stored write as stopped.
/// </summary>
internal sealed class WspMutation : ObjectGraphType
{
    public WspMutation()
    {
        Name = "Mutation";
        this.AddEmployerMutations();
        this.AddVacancyMutations();
        this.AddArrangementMutations();
        this.AddRegionalInputMutations();
        foreach (var field in Fields)
        {
            field.Resolver = new CommitPointResolver(field.Resolver!);
        }
    }
}
