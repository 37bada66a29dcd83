using GraphQL;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Errors;

/// <summary>
/// A write whose outcome is unknown (<c>OUTCOME_UNKNOWN</c>): it was in flight when the execution timeout came, or the
/// store could not say whether it took effect. It happened whole or not at all; <c>extensions.records</c> names the records
/// to read (each <c>{ kind, id }</c>), and the same mutation sent again with the same ids answers as the first time.
/// </summary>
internal sealed class OutcomeUnknownError : ExecutionError
{
    public OutcomeUnknownError(WriteOutcomeUnknownException unknown)
        : base(unknown.Message)
    {
        Code = ErrorCodes.OutcomeUnknown;
        Records = unknown.Records;
    }

    /// <summary>Gets the records the write creates or changes.</summary>
    public IReadOnlyList<RecordReference> Records { get; }
}
