namespace Wsp.Testing.Node;

/// <summary>How a tool ended: its exit code and the last part of what it wrote to stdout and stderr.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Its output, stdout and stderr interleaved, at most the last 64 KiB.</param>
public sealed record ToolResult(int ExitCode, string Output);
