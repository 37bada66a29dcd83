namespace Wsp.Sdk.Employers;

/// <summary>Where a request to work with another partner's employer stands (akkoord van de accounteigenaar, rule H7).</summary>
public enum ConsentStatus
{
    /// <summary>Waiting for the account's owner.</summary>
    Pending = 0,

    /// <summary>The owner agreed: the requester is a co-account manager.</summary>
    Accepted = 1,

    /// <summary>The owner declined.</summary>
    Declined = 2,
}
