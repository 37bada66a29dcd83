using System.Runtime.CompilerServices;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Sqlite;

/// <summary>Argument checks of the store's public surface (the SDK's own are internal to it).</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static string CheckNotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }

    public static void CheckArgument(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    public static void CheckInitialized(Postcode postcode, [CallerArgumentExpression(nameof(postcode))] string? name = null) =>
        CheckArgument(postcode != default, name ?? nameof(postcode), "The postcode is not initialized.");
}
