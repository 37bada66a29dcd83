namespace Wsp.Testing.Cosmos;

/// <summary>
/// The Cosmos DB stand-in could not be installed or started: Node.js or npm is missing, <c>npm ci</c> failed or timed
/// out, or the server did not report that it listens. The message says which, with what the tool printed.
/// </summary>
public sealed class CosmosStandInException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public CosmosStandInException()
        : base("The Cosmos DB stand-in could not be started.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    public CosmosStandInException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public CosmosStandInException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
