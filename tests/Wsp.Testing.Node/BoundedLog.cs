using System.Text;

namespace Wsp.Testing.Node;

/// <summary>The last <c>capacity</c> characters of a tool's output, safe to append from the output events.</summary>
public sealed class BoundedLog
{
    private readonly int _capacity;
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    /// <summary>Creates a log that keeps at most <paramref name="capacity"/> characters.</summary>
    /// <param name="capacity">How many of the last characters to keep.</param>
    public BoundedLog(int capacity) => _capacity = capacity;

    /// <summary>Appends a line (a null line, the end of a stream, is ignored).</summary>
    /// <param name="line">The line, without its line break.</param>
    public void AppendLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _text.Append(line).Append('\n');
            if (_text.Length > _capacity)
            {
                _text.Remove(0, _text.Length - _capacity);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        lock (_lock)
        {
            return _text.ToString();
        }
    }
}
