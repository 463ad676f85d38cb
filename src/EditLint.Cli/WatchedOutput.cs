using System.Text;

namespace EditLint.Cli;

/// <summary>
/// Standard output that remembers the first write it could not make (a full disk, a closed pipe), so that a command
/// stopped by it ends with "the output could not be written", not with an internal error.
/// </summary>
internal sealed class WatchedOutput : TextWriter
{
    private readonly TextWriter output;

    public WatchedOutput(TextWriter output)
    {
        this.output = output;
        CoreNewLine = output.NewLine.ToCharArray(); // WriteLine() and its overloads write this one, as the writer below would
    }

    public IOException? Failure { get; private set; }

    public override Encoding Encoding => output.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => output.NewLine;
        set
        {
            output.NewLine = value;
            CoreNewLine = output.NewLine.ToCharArray();
        }
    }

    public override void Write(char value) => Watch(static (o, v) => o.Write(v), value);

    public override void Write(string? value) => Watch(static (o, v) => o.Write(v), value);

    public override void Write(char[] buffer, int index, int count) => Watch(static (o, v) => o.Write(v.buffer, v.index, v.count), (buffer, index, count));

    public override void WriteLine(string? value) => Watch(static (o, v) => o.WriteLine(v), value);

    public override void Flush() => Watch(static (o, _) => o.Flush(), 0);

    /// <summary>
    /// Makes one write to the writer below. The delegates are static and the value is passed through, so a write
    /// allocates nothing (a closure per write did, once per character of the report).
    /// </summary>
    private void Watch<T>(Action<TextWriter, T> write, T value)
    {
        try
        {
            write(output, value);
        }
        catch (IOException e) when (Remember(e))
        {
        }
    }

    /// <summary>Notes the first failure and lets the exception go on to the caller (the filter is false, so nothing is caught).</summary>
    private bool Remember(IOException failure)
    {
        Failure ??= failure;
        return false;
    }
}
