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
        output.Flush();
        error.Write(value);
    }

    public override void Write(string? value)
    {
        output.Flush();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        output.Flush();
        error.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        output.Flush();
        error.WriteLine(value);
    }

    public override void Flush() => error.Flush();
}
