using System.CommandLine;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint lsp</c>: the language server over standard input and output, for editors.</summary>
public static class LspCommand
{
    public static Command Create(CliEnvironment environment)
    {
        // Clients such as vscode-languageclient add --stdio to the command line; standard I/O is the only transport.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var command = new Command("lsp", "Run the language server: findings as you type, and their fixes, in any editor with an LSP client.") { stdio };
        command.SetAction((_, cancellation) =>
        {
            var server = new LanguageServer.LanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), environment.Error);
            return server.RunAsync(cancellation);
        });
        return command;
    }
}
