using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Wsp.Sdk.Cosmos;

/// <summary>Argument checks of the public members, with the same messages as Wsp.Sdk's.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
    }

    internal static string CheckNotNullOrWhiteSpace([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(argument, paramName);
        return argument;
    }

    internal static T CheckInitialized<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct
    {
        if (EqualityComparer<T>.Default.Equals(value, default))
        {
            throw new ArgumentException($"{typeof(T).Name} is the default value; create it with its factory.", paramName);
        }

        return value;
    }
}
