using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>The work queue query field: what asks for a chain partner's attention today, one client call.</summary>
internal static class WorkQueueFields
{
    public static void AddWorkQueueFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<WorkQueueType>>("workQueue")
            .Description("The partner's work queue (werkvoorraad): vacancies handed over to it, co-productions to register its own vacancy in within 24 hours (H10, H13), its vacancies expiring within 14 days, and requests to work with its employers waiting for its answer (H7). Municipalities and UWV.")
            .Requires(Access.Write)
            .ResolveAsync(async c => await c.Client().GetWorklistAsync(c.CancellationToken).ConfigureAwait(false));
}
