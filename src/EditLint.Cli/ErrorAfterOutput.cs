using System.Text;

namespace EditLint.Cli;

/// <summary>
/// Standard error that first flushes the buffered standard output, so that where both go to one terminal or log the
/// messages come after the report lines written before them, as they did when standard output was unbuffered.
/// </summary>
internal sealed class ErrorAfterOutput(TextWriter error, TextWriter output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override void Write(char value)
    {
        FlushOutput();
        error.Write(value);
    }

    public override void Write(string? value)
    {
        FlushOutput();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        FlushOutput();
        error.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        FlushOutput();
        error.WriteLine(value);
    }

    public override void Flush() => error.Flush();

    /// <summary>The same standard error, flushing <paramref name="report"/> before each message instead.</summary>
    public ErrorAfterOutput After(TextWriter report) => new(error, report);

    private void FlushOutput()
    {
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // The output cannot be written (a full disk, a closed pipe); the message must still reach standard error.
        }
    }
}
