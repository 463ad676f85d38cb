using System.Text;

namespace EditLint.Cli;

/// <summary>Where a command writes and which folder it runs in; tests pass string writers and a temporary folder.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory, bool OutputIsTerminal, bool NoColorRequested)
{
    /// <summary>How much of a redirected report is written per system call.</summary>
    private const int RedirectedBufferSize = 64 * 1024;

    public static CliEnvironment FromConsole()
    {
        var output = Console.IsOutputRedirected && RedirectedOutput() is { } buffered ? buffered : Console.Out;
        var error = ReferenceEquals(output, Console.Out) ? Console.Error : new ErrorAfterOutput(Console.Error, output);
        return new(output, error, Directory.GetCurrentDirectory(), !Console.IsOutputRedirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }

    /// <summary>
    /// <see cref="Console.Out"/> passes text on 256 bytes at a time, one system call each: 14,000 calls for the 3.6 MB
    /// report of the benchmark corpus. Redirected output (a file, a pipe, a CI log) goes through a larger buffer instead,
    /// in the console's encoding and line ends; <see cref="CliApp.Run"/> flushes it when the command ends. An encoding
    /// that would open the output with a byte order mark other than UTF-8's keeps <see cref="Console.Out"/>, which writes none.
    /// </summary>
    private static TextWriter? RedirectedOutput()
    {
        var encoding = Console.OutputEncoding;
        if (encoding is UTF8Encoding)
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        else if (encoding.GetPreamble().Length > 0)
        {
            return null;
        }

        // Synchronized as Console.Out is: nothing here decides which threads may write.
        return TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), encoding, RedirectedBufferSize) { AutoFlush = false });
    }
}
