namespace Wsp.Sdk.Rules;

/// <summary>
/// Thrown when an operation would break a rule of the domain (regelovertreding); <see cref="Rule"/> names the rule,
/// so callers (the gateway, the command-line tool) can report it as <c>extensions.code</c> or in an import report.
/// </summary>
/// <remarks>
/// The SDK never fixes a violation silently: it refuses the operation and leaves the state as it was.
/// </remarks>
public sealed class RuleViolationException : Exception
{
    /// <summary>Initializes a new instance naming the broken rule and explaining why.</summary>
    /// <param name="rule">The rule that would be broken.</param>
    /// <param name="message">What was refused and why, in terms of the rule.</param>
    public RuleViolationException(RuleId rule, string message)
        : base($"{Preconditions.CheckInitialized(rule)}: {Preconditions.CheckNotNullOrWhiteSpace(message)}")
    {
        Rule = rule;
        Reason = message;
    }

    /// <summary>Gets the id of the rule that was violated, for example <c>H15</c>.</summary>
    public RuleId Rule { get; }

    /// <summary>Gets the explanation without the rule id prefix.</summary>
    public string Reason { get; }
}
