using GraphQL.Types;
using Wsp.Sdk.Counting;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a counting definition (telwijze).</summary>
internal sealed class CountingDefinitionType : ObjectGraphType<CountingDefinition>
{
    public CountingDefinitionType()
    {
        Name = "CountingDefinition";
        Description = "A counting definition (telwijze) with its stable id and version.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The id with version, for example job-agreement-jobs/1.").Resolve(c => c.Source.Id.ToString()).ReferenceData();
        Field(d => d.Title).Description("A short title.").ReferenceData();
        Field(d => d.Description).Description("What is counted and how.").ReferenceData();
    }
}
