using System.Text;
using EditLint.Cli;

namespace EditLint.Tests.Cli;

/// <summary>Redirected standard output is buffered; what that must not change for a user.</summary>
public class BufferedOutputTests
{
    [Fact]
    public void A_report_that_cannot_be_written_is_an_error_message_and_a_failure_not_a_crash()
    {
        var error = new StringWriter();
        int code = CliApp.Run(["rules"], new CliEnvironment(new UnwritableOutput(), error, Path.GetTempPath(), OutputIsTerminal: false, NoColorRequested: true));

        code.ShouldBe(ExitCodes.Failure);
        error.ToString().ShouldContain("editlint: the output could not be written: No space left on device");
    }

    [Fact]
    public void A_report_that_fills_the_disk_while_it_is_written_is_an_output_error_not_an_internal_error()
    {
        var error = new StringWriter();
        int code = CliApp.Run(["rules"], new CliEnvironment(new FullAfterFirstLine(), error, Path.GetTempPath(), OutputIsTerminal: false, NoColorRequested: true));

        code.ShouldBe(ExitCodes.Failure);
        error.ToString().ShouldBe("editlint: the output could not be written: No space left on device" + Environment.NewLine);
    }

    [Fact]
    public void A_report_lost_while_a_message_flushes_it_is_still_an_output_error()
    {
        var folder = Directory.CreateTempSubdirectory("editlint-lost-report").FullName;
        var output = new FailsOnFirstFlush();
        var error = new StringWriter();
        int code = CliApp.Run(["check", "missing.md"], new CliEnvironment(output, new ErrorAfterOutput(error, output), folder, OutputIsTerminal: false, NoColorRequested: true));

        code.ShouldBe(ExitCodes.Failure);
        error.ToString().ShouldContain("editlint: the output could not be written: No space left on device");
    }

    [Fact]
    public void The_watched_output_ends_lines_as_the_writer_below_does()
    {
        var below = new StringWriter { NewLine = "\r\n" };
        var watched = new WatchedOutput(below);

        watched.WriteLine();
        watched.WriteLine('x');

        below.ToString().ShouldBe("\r\nx\r\n");
    }

    [Fact]
    public void A_message_to_standard_error_still_reaches_it_when_the_report_cannot_be_flushed()
    {
        var error = new StringWriter();
        var errorAfterOutput = new ErrorAfterOutput(error, new UnwritableOutput());

        errorAfterOutput.WriteLine("editlint: the output could not be written: No space left on device");

        error.ToString().ShouldBe("editlint: the output could not be written: No space left on device" + Environment.NewLine);
    }

    [Fact]
    public void A_message_to_standard_error_comes_after_the_report_written_before_it()
    {
        var log = new StringBuilder();
        var output = new HeldUntilFlushed(log);
        var error = new ErrorAfterOutput(new StringWriter(log), output);

        output.Write("report line\n");
        error.WriteLine("editlint: --dry-run: 3 fixes in 1 file would be made; nothing was written.");

        log.ToString().ShouldBe("report line\neditlint: --dry-run: 3 fixes in 1 file would be made; nothing was written." + Environment.NewLine);
    }

    /// <summary>Like a full disk: writes are taken, the flush fails.</summary>
    private sealed class UnwritableOutput : StringWriter
    {
        public override void Flush() => throw new IOException("No space left on device");
    }

    /// <summary>Like a disk that fills while the report is written: the second write fails.</summary>
    private sealed class FullAfterFirstLine : StringWriter
    {
        private int writes;

        public override void Write(char value) => Fail();

        public override void Write(string? value) => Fail();

        public override void Write(char[] buffer, int index, int count) => Fail();

        public override void WriteLine(string? value) => Fail();

        private void Fail()
        {
            if (++writes > 1)
            {
                throw new IOException("No space left on device");
            }
        }
    }

    /// <summary>Like a StreamWriter over a full disk: the first flush drops what was buffered and fails; later ones succeed.</summary>
    private sealed class FailsOnFirstFlush : StringWriter
    {
        private bool failed;

        public override void Flush()
        {
            if (!failed)
            {
                failed = true;
                GetStringBuilder().Clear();
                throw new IOException("No space left on device");
            }
        }
    }

    /// <summary>A buffered writer: what is written reaches the shared log only when flushed.</summary>
    private sealed class HeldUntilFlushed(StringBuilder log) : StringWriter
    {
        public override void Flush()
        {
            log.Append(GetStringBuilder());
            GetStringBuilder().Clear();
        }
    }
}
