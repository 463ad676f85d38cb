using EditLint.LanguageServer.JsonRpc;
using EditLint.LanguageServer.Protocol;

namespace EditLint.LanguageServer.Features;

/// <summary>
/// What the server says about its own work: <c>$/logTrace</c> while the client asks for a trace (<c>$/setTrace</c>,
/// or <c>trace</c> in <c>initialize</c>), and errors on standard error, which clients show in their server log.
/// </summary>
internal sealed class ServerTrace(MessageWriter writer, TextWriter log)
{
    private volatile string level = "off";

    public void SetLevel(string? value) => level = value is "messages" or "verbose" ? value : "off";

    public void Log(string message)
    {
        if (level != "off")
        {
            writer.Notify("$/logTrace", new LogTraceParams { Message = message }, LspJsonContext.Default.LogTraceParams);
        }
    }

    public void Error(string message)
    {
        lock (log)
        {
            log.WriteLine($"editlint lsp: {message}");
            log.Flush();
        }
    }
}
