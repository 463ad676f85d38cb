using EditLint.Analysis;

namespace EditLint.Configuration;

/// <summary>The configuration cannot be used; every problem has its file, line and column.</summary>
public sealed class ConfigurationException(IReadOnlyList<ToolNotification> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ToolNotification> Notifications { get; } = problems;
}
