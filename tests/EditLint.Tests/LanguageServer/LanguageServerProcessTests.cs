using System.Text.Json.Nodes;
using EditLint.Tests.Cli;
using static EditLint.Tests.LanguageServer.LspEdits;

namespace EditLint.Tests.LanguageServer;

/// <summary><c>editlint lsp --stdio</c> as a child process, as an editor starts it: the same session over real pipes.</summary>
public class LanguageServerProcessTests
{
    [Fact]
    public async Task A_session_over_stdio_publishes_fixes_and_exits_with_0_after_shutdown()
    {
        string folder = CliRunner.NewFolder();
        string uri = new Uri(Path.Combine(folder, "article.md")).AbsoluteUri;
        await using var client = LspTestClient.ChildProcess(folder);
        await client.InitializeAsync(rootUri: new Uri(folder).AbsoluteUri);

        client.Open(uri, "Masashiko Komura met reporters.\n");
        var finding = Single(await client.DiagnosticsAsync(uri, 1), "EL1001");
        var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = finding["range"]!.DeepClone(),
        });
        client.SendRaw("not json"u8.ToArray());
        client.Change(uri, 2, Insert(0, 0, "Yesterday, "));
        var moved = Single(await client.DiagnosticsAsync(uri, 2), "EL1001");
        var shutdown = await client.RequestAsync("shutdown", null);
        client.Notify("exit", null);

        Span(finding["range"]!).ShouldBe("0:0-0:16");
        Apply("Masashiko Komura met reporters.\n", actions["result"]![0]!["edit"]!["changes"]![uri]!.AsArray()).ShouldBe("Masahiko Komura met reporters.\n");
        Span(moved["range"]!).ShouldBe("0:11-0:27");
        shutdown["result"].ShouldBeNull();
        (await client.ServerExit).ShouldBe(0);
        client.ServerLog.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_editor_that_closes_the_pipe_without_shutdown_leaves_exit_code_1()
    {
        await using var client = LspTestClient.ChildProcess(CliRunner.NewFolder());
        await client.InitializeAsync();

        client.CloseInput();

        (await client.ServerExit).ShouldBe(1);
    }
}
