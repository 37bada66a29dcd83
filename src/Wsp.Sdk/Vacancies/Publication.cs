namespace Wsp.Sdk.Vacancies;

/// <summary>
/// How a vacancy is published (rule H10): open, on the public vacancy site with the employer's contact details so
/// candidates apply directly; or blocked, visible only to UWV and municipal staff, with an explanation of why, and
/// candidates go through the owner.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Publication
{
    private Publication(bool isOpen, string text)
    {
        IsOpen = isOpen;
        Text = text;
    }

    /// <summary>Gets a value indicating whether the vacancy is published open; otherwise it is blocked.</summary>
    public bool IsOpen { get; }

    /// <summary>Gets the employer's contact details when open, or the explanation why it is blocked.</summary>
    public string Text { get; }

    /// <summary>Publishes open (open publicatie): visible to everyone, applications direct to the employer.</summary>
    /// <param name="contactDetails">The employer's contact details for applicants.</param>
    /// <returns>The publication.</returns>
    /// <exception cref="ArgumentException">The contact details are missing.</exception>
    public static Publication Open(string contactDetails) => new(true, Preconditions.CheckNotNullOrWhiteSpace(contactDetails).Trim());

    /// <summary>Publishes blocked (afgeschermd): only UWV and municipal staff see it; candidates go through the owner.</summary>
    /// <param name="explanation">Why the vacancy is blocked.</param>
    /// <returns>The publication.</returns>
    /// <exception cref="ArgumentException">The explanation is missing.</exception>
    public static Publication Blocked(string explanation) => new(false, Preconditions.CheckNotNullOrWhiteSpace(explanation).Trim());
}
