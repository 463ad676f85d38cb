namespace EditLint.Analysis;

/// <summary>A file to lint: where it is, and the path to show for it (relative to the root, with '/').</summary>
public sealed record FileInput(string FullPath, string DisplayPath);
