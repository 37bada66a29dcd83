namespace Wsp.Testing.Node;

/// <summary>Node.js or npm is missing, or a tool run through them failed; the message says what to install or what it printed.</summary>
public sealed class NodeToolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NodeToolException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    public NodeToolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public NodeToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
