using System.Text;
using System.Text.Json.Nodes;
using EditLint.Tests.Cli;
using static EditLint.Tests.LanguageServer.LspEdits;

namespace EditLint.Tests.LanguageServer;

/// <summary>The server in process, driven as an editor drives it.</summary>
public class LanguageServerTests
{
    private const string Misspelt = "Masashiko Komura met reporters in Tokyo.\n";

    private static (string Folder, string Uri) NewDocument(string name, string? config = null)
    {
        string folder = CliRunner.NewFolder();
        if (config is not null)
        {
            File.WriteAllText(Path.Combine(folder, "editlint.json"), config);
        }

        return (folder, new Uri(Path.Combine(folder, name)).AbsoluteUri);
    }

    [Fact]
    public async Task Initialize_announces_incremental_sync_quick_fixes_hover_and_utf16()
    {
        await using var client = LspTestClient.InProcess();
        var response = await client.InitializeAsync();

        var capabilities = response["result"]!["capabilities"]!;
        ((int)capabilities["textDocumentSync"]!["change"]!).ShouldBe(2);
        ((string)capabilities["positionEncoding"]!).ShouldBe("utf-16");
        ((bool)capabilities["hoverProvider"]!).ShouldBeTrue();
        capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string)k!).ShouldBe(["quickfix"]);
        capabilities["diagnosticProvider"].ShouldBeNull();
        ((string)response["result"]!["serverInfo"]!["name"]!).ShouldBe("editlint");
    }

    [Fact]
    public async Task An_open_document_gets_its_findings_at_exact_utf16_ranges_with_rule_page_and_version()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        // The emoji is two UTF-16 code units, so the name starts at character 3 of line 1.
        client.Open(uri, "# Visit\n\U0001F600 Masashiko Komura met reporters.\n", version: 7);
        var diagnostics = await client.DiagnosticsAsync(uri, 7);

        var name = Single(diagnostics, "EL1001");
        Span(name["range"]!).ShouldBe("1:3-1:19");
        ((int)name["severity"]!).ShouldBe(1);
        ((string)name["source"]!).ShouldBe("editlint");
        ((string)name["codeDescription"]!["href"]!).ShouldEndWith("docs/rules/EL1001.md");
        ((string)name["message"]!).ShouldContain("'Masahiko Komura'");
    }

    [Fact]
    public async Task The_fix_of_a_finding_is_a_quick_fix_whose_edit_corrects_the_name_and_the_finding_goes()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        var finding = Single(await client.DiagnosticsAsync(uri, 1), "EL1001");

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = finding["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        });

        var actions = response["result"]!.AsArray();
        actions.Select(a => (string)a!["title"]!).ShouldBe(["Replace with 'Masahiko Komura'", "Suppress EL1001 on this line"]);
        var fix = actions[0]!;
        ((string)fix["kind"]!).ShouldBe("quickfix");
        ((bool)fix["isPreferred"]!).ShouldBeTrue();
        var edits = fix["edit"]!["changes"]![uri]!.AsArray();
        string fixedText = Apply(Misspelt, edits);
        fixedText.ShouldBe("Masahiko Komura met reporters in Tokyo.\n");

        var edit = edits.Single()!;
        client.Change(uri, 2, new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = (string)edit["newText"]! });
        Codes(await client.DiagnosticsAsync(uri, 2)).ShouldNotContain("EL1001");
    }

    [Fact]
    public async Task A_fix_that_is_not_safe_is_not_the_preferred_quick_fix_and_its_title_says_why_to_check_it()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, "Vladimir Puttin met reporters.\n");
        var finding = Single(await client.DiagnosticsAsync(uri, 1), "EL1001");

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = finding["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        });

        var fix = response["result"]!.AsArray()[0]!;
        ((string)fix["title"]!).ShouldBe("Replace with 'Vladimir Putin' (check it: a near-miss name may be another person)");
        ((bool)fix["isPreferred"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task Another_tools_diagnostic_with_a_number_for_its_code_in_the_context_does_not_cost_the_quick_fix()
    {
        // LSP allows 'code: integer | string'; an integer had the whole request refused as InvalidParams.
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        var finding = Single(await client.DiagnosticsAsync(uri, 1), "EL1001");
        var other = new JsonObject { ["range"] = finding["range"]!.DeepClone(), ["message"] = "Cannot find name 'Masashiko'.", ["code"] = 2304, ["source"] = "ts", ["severity"] = 1 };

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = finding["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(other, finding.DeepClone()) },
        });

        response["error"].ShouldBeNull();
        response["result"]!.AsArray().Select(a => (string)a!["title"]!).ShouldContain("Replace with 'Masahiko Komura'");
    }

    [Fact]
    public async Task A_client_asking_only_for_other_kinds_of_action_gets_no_quick_fixes()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        await client.DiagnosticsAsync(uri, 1);

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = Range(0, 0, 0, 16),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("source.fixAll") },
        });

        response["result"]!.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("notes.md", "markdown", "Our visitor arrived.\nMasashiko Komura met reporters.\n", "Our visitor arrived. <!-- editlint-disable-next-line EL1001 -->\nMasashiko Komura met reporters.\n")]
    [InlineData("notes.md", "markdown", "Intro.\n\n  Masashiko Komura met reporters.\n", "Intro.\n\n  <!-- editlint-disable-next-line EL1001 -->\n  Masashiko Komura met reporters.\n")]
    [InlineData("notes.txt", "plaintext", "Intro.\r\nMasashiko Komura met reporters.\r\n", "Intro.\r\neditlint-disable-next-line EL1001\r\nMasashiko Komura met reporters.\r\n")]
    [InlineData("mixed.txt", "plaintext", "Intro.\nMasashiko Komura met reporters.\r\n", "Intro.\neditlint-disable-next-line EL1001\r\nMasashiko Komura met reporters.\r\n")]
    [InlineData("old-mac.txt", "plaintext", "Intro.\rMasashiko Komura met reporters.", "Intro.\reditlint-disable-next-line EL1001\rMasashiko Komura met reporters.")]
    public async Task Suppress_on_this_line_writes_the_directive_in_the_documents_comment_syntax_and_hides_the_finding(string name, string languageId, string text, string expected)
    {
        var (_, uri) = NewDocument(name);
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, text, languageId);
        var finding = Single(await client.DiagnosticsAsync(uri, 1), "EL1001");

        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = finding["range"]!.DeepClone(),
        });
        var suppress = response["result"]!.AsArray().Single(a => ((string)a!["title"]!).StartsWith("Suppress", StringComparison.Ordinal))!;
        var edits = suppress["edit"]!["changes"]![uri]!.AsArray();
        Apply(text, edits).ShouldBe(expected);

        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = expected }),
        });
        Codes(await client.DiagnosticsAsync(uri, 2)).ShouldNotContain("EL1001");
    }

    [Fact]
    public async Task Hover_on_a_finding_shows_the_rule_title_the_message_and_the_help_text()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        await client.DiagnosticsAsync(uri, 1);

        var on = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(0, 4) });
        var off = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(0, 30) });

        string hover = (string)on["result"]!["contents"]!["value"]!;
        hover.ShouldStartWith("**EL1001** Name differs from the name list");
        hover.ShouldContain("did you mean 'Masahiko Komura'");
        hover.ShouldContain("authoritative name list");
        off["result"].ShouldBeNull();
    }

    [Fact]
    public async Task Typing_in_incremental_changes_updates_the_findings_and_closing_clears_them()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, "Reporters met in Tokyo.\n");
        (await client.DiagnosticsAsync(uri, 1)).ShouldBeEmpty();

        client.Change(uri, 2, Insert(0, 0, "Masashiko Komura and "));
        var finding = Single(await client.DiagnosticsAsync(uri, 2), "EL1001");
        Span(finding["range"]!).ShouldBe("0:0-0:16");

        client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var cleared = await client.WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && m["params"]!["version"] is null && (string?)m["params"]!["uri"] == uri);
        cleared["params"]!["diagnostics"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Suppressed_findings_are_not_published()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        client.Open(uri, "<!-- editlint-disable EL1001 -- quoted as published -->\n\n" + Misspelt);

        (await client.DiagnosticsAsync(uri, 1)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_directive_naming_an_unknown_rule_is_shown_at_the_comment()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        client.Open(uri, "Intro.\n\n<!-- editlint-disable EL9999 -->\n");

        var note = Single(await client.DiagnosticsAsync(uri, 1), "EL0006");
        ((int)note["range"]!["start"]!["line"]!).ShouldBe(2);
        ((string)note["message"]!).ShouldContain("EL9999");
    }

    [Fact]
    public async Task A_burst_of_50_changes_ends_with_the_last_versions_diagnostics()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, "Start.\n");
        await client.DiagnosticsAsync(uri, 1);

        // Each change adds a line; the last one adds the misspelt name on line 50.
        for (int version = 2; version <= 51; version++)
        {
            string line = version == 51 ? Misspelt : $"Line {version}.\n";
            client.Change(uri, version, Insert(version - 1, 0, line));
        }

        var last = Single(await client.DiagnosticsAsync(uri, 51), "EL1001");
        Span(last["range"]!).ShouldBe("50:0-50:16");
        await Task.Delay(500);
        var published = client.Received.Where(m => (string?)m["method"] == "textDocument/publishDiagnostics").Select(m => (int?)m["params"]!["version"]).ToArray();
        published[^1].ShouldBe(51);
        published.Length.ShouldBeLessThan(10, "the debounce should merge a burst into a few runs");
    }

    [Fact]
    public async Task A_5_MB_document_is_checked_and_then_edited_without_a_crash()
    {
        var (_, uri) = NewDocument("long.md");
        var text = new StringBuilder();
        while (text.Length < 5_000_000)
        {
            text.Append("The committee met again on Tuesday and the minutes were read aloud to members.\n\n");
        }

        int lastLine = text.ToString().Count(c => c == '\n');
        text.Append(Misspelt);
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        client.Open(uri, text.ToString());
        Span(Single(await client.DiagnosticsAsync(uri, 1), "EL1001")["range"]!).ShouldBe($"{lastLine}:0-{lastLine}:16");

        client.Change(uri, 2, new JsonObject { ["range"] = Range(lastLine, 0, lastLine, 16), ["text"] = "Masahiko Komura" });
        Codes(await client.DiagnosticsAsync(uri, 2)).ShouldNotContain("EL1001");
    }

    [Fact]
    public async Task A_malformed_message_gets_a_parse_error_and_the_server_goes_on()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        client.SendRaw(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": "));
        client.SendRaw(Encoding.UTF8.GetBytes("{}"), "X-Header-Without-Length: 2\r\n\r\n");
        var error = await client.WaitForAsync(m => m["error"] is not null);
        ((int)error["error"]!["code"]!).ShouldBe(-32700);

        client.Open(uri, Misspelt);
        Codes(await client.DiagnosticsAsync(uri, 1)).ShouldContain("EL1001");
        client.ServerLog.ShouldContain("without a valid Content-Length");
        client.ServerLog.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Json_that_is_not_a_request_and_an_id_that_is_neither_number_nor_string_nor_absent_get_invalid_request()
    {
        // Both were answered as if they were something else: [1, 2] with a parse error (-32700), an id of true or
        // {"a": 1} with an answer that echoed it.
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        client.SendRaw(Encoding.UTF8.GetBytes("[1, 2, 3]"));
        client.SendRaw(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":true,"method":"textDocument/hover","params":{}}"""));
        client.SendRaw(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"""));
        client.SendRaw(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":null,"method":"textDocument/hover","params":{}}"""));
        var pong = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere.md" }, ["position"] = Position(0, 0) });

        pong["result"].ShouldBeNull();
        var errors = client.Received.Where(m => m["error"] is not null).ToList();
        errors.Select(e => (int)e["error"]!["code"]!).ShouldBe([-32600, -32600, -32600, -32600]); // "id": null was taken for a notification and never answered
        errors.ShouldAllBe(e => e["id"] == null);
    }

    [Fact]
    public async Task A_frame_whose_header_lines_end_in_a_line_feed_alone_is_read()
    {
        // LSP asks for CRLF; a frame with LF alone was read as part of the next header and lost without a word.
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        byte[] body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = Misspelt } },
        }.ToJsonString());
        client.SendRaw(body, $"Content-Length: {body.Length}\n\n");

        Codes(await client.DiagnosticsAsync(uri, 1)).ShouldContain("EL1001");
    }

    [Fact]
    public async Task Cancelling_request_5_does_not_cancel_request_quote_5()
    {
        // Ids were compared as text, so a cancellation of the number 5 cancelled the request "5" while it was answered.
        var (_, uri) = NewDocument("long.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });
        client.Open(uri, string.Concat(Enumerable.Repeat(Misspelt + "\n", 40_000)));
        client.Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = "5", ["method"] = "textDocument/diagnostic", ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } } });
        client.Notify("$/cancelRequest", new JsonObject { ["id"] = 5 });

        var answer = await client.WaitForAsync(m => m["method"] is null && m["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)m["id"] == "5");

        answer["error"].ShouldBeNull();
        Codes(answer["result"]!["items"]!.AsArray()).ShouldContain("EL1001");
    }

    [Fact]
    public async Task A_second_initialized_does_not_register_the_file_watchers_again()
    {
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } });
        client.Notify("initialized", new JsonObject());
        client.Notify("initialized", new JsonObject());
        await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere.md" }, ["position"] = Position(0, 0) });

        client.Received.Count(m => (string?)m["method"] == "client/registerCapability").ShouldBe(1);
    }

    /// <summary>
    /// Found by fuzzing: a <c>didChange</c> without <c>contentChanges</c>, or with a range whose start is missing, threw
    /// inside the read loop and stopped the server. Such a message is now ignored with a line in the log.
    /// </summary>
    [Fact]
    public async Task A_change_with_missing_members_is_ignored_and_the_server_goes_on()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, "Nothing to see here.\n");
        var document = new JsonObject { ["uri"] = uri, ["version"] = 2 };
        client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = document.DeepClone() });
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = document.DeepClone(),
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["end"] = new JsonObject { ["line"] = 0, ["character"] = 0 } }, ["text"] = "x" }),
        });
        client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = document.DeepClone(), ["contentChanges"] = null });

        client.Change(uri, 3, new JsonObject { ["text"] = Misspelt });
        Codes(await client.DiagnosticsAsync(uri, 3)).ShouldContain("EL1001");
        client.ServerLog.ShouldContain("'textDocument/didChange' with parameters that do not fit was ignored");
        client.ServerLog.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_null_among_the_changes_is_ignored_and_the_server_goes_on()
    {
        // Either notification ended the server with a NullReferenceException (exit code 2, no answer to anything after).
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, "Nothing to see here.\n");
        client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 }, ["contentChanges"] = new JsonArray((JsonNode?)null) });
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray((JsonNode?)null) });

        client.Change(uri, 3, new JsonObject { ["text"] = Misspelt });
        Codes(await client.DiagnosticsAsync(uri, 3)).ShouldContain("EL1001");
        client.ServerExit.IsCompleted.ShouldBeFalse();
        client.ServerLog.ShouldContain("with a null among its content changes was ignored");
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_the_text_is_read_as_a_replacement_character_and_the_document_stays_in_step()
    {
        // JavaScript's JSON.stringify writes a lone surrogate as "\ud800"; no .NET string holds one, so the whole
        // didOpen was dropped (the document never opened) and a didChange was lost (later findings fell in the wrong place).
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.SendRaw(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":""" + "\"" + uri + "\"" + ""","languageId":"markdown","version":1,"text":"\ud800 Masashiko Komura met reporters.\n"}}}"""));
        var opened = Single(await client.DiagnosticsAsync(uri, 1), "EL1001");
        ((int)opened["range"]!["start"]!["character"]!).ShouldBe(2);

        client.SendRaw(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":""" + "\"" + uri + "\"" + ""","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":"ab\udc00"}]}}"""));
        var changed = Single(await client.DiagnosticsAsync(uri, 2), "EL1001");
        ((int)changed["range"]!["start"]!["character"]!).ShouldBe(5);
        client.ServerLog.ShouldContain("1 unpaired surrogate escape (such as \\ud800 with no partner), read as U+FFFD");
    }

    [Fact]
    public async Task A_file_uri_with_localhost_reads_its_folders_configuration_and_a_share_is_checked_as_a_buffer()
    {
        // Both gave no diagnostics at all, and hover answered "The value cannot be an empty string. (Parameter 'path')".
        var (folder, _) = NewDocument("article.md", """{ "rules": { "EL1001": "warning" } }""");
        string localhost = "file://localhost" + new Uri(Path.Combine(folder, "article.md")).AbsolutePath;
        const string share = "file://server/share/article.md";
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(localhost, Misspelt);
        client.Open(share, Misspelt);

        ((int)Single(await client.DiagnosticsAsync(localhost, 1), "EL1001")["severity"]!).ShouldBe(2);
        ((int)Single(await client.DiagnosticsAsync(share, 1), "EL1001")["severity"]!).ShouldBe(1);
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = share }, ["position"] = Position(0, 4) });
        hover["error"].ShouldBeNull();
    }

    [Fact]
    public async Task Requests_for_a_document_that_is_not_open_get_empty_answers_or_the_file_on_disk()
    {
        var (folder, uri) = NewDocument("closed.md");
        File.WriteAllText(Path.Combine(folder, "closed.md"), Misspelt);
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });
        var document = new JsonObject { ["uri"] = uri };

        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = document.DeepClone(), ["position"] = Position(0, 1) });
        var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = document.DeepClone(), ["range"] = Range(0, 0, 0, 5) });
        client.Change(uri, 2, Insert(0, 0, "x"));
        var pulled = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = document.DeepClone() });

        hover["result"].ShouldBeNull();
        actions["result"]!.AsArray().ShouldBeEmpty();
        ((string)pulled["result"]!["kind"]!).ShouldBe("full");
        Codes(pulled["result"]!["items"]!.AsArray()).ShouldBe(["EL1001"]);
    }

    [Fact]
    public async Task A_client_that_pulls_diagnostics_gets_them_by_request_and_none_pushed()
    {
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        var init = await client.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });
        init["result"]!["capabilities"]!["diagnosticProvider"].ShouldNotBeNull();

        client.Open(uri, Misspelt);
        var pulled = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

        Span(Single(pulled["result"]!["items"]!.AsArray(), "EL1001")["range"]!).ShouldBe("0:0-0:16");
        await Task.Delay(400);
        client.Received.ShouldNotContain(m => (string?)m["method"] == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task Pulling_diagnostics_of_a_link_to_a_device_answers_with_none()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Reading /dev/zero never ends: the server ran out of memory instead of answering.
        var (folder, uri) = NewDocument("zero.md");
        File.CreateSymbolicLink(Path.Combine(folder, "zero.md"), "/dev/zero");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });

        var pulled = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

        pulled["result"]!["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_broken_configuration_is_shown_on_its_file_and_the_last_good_one_stays_in_use()
    {
        var (folder, uri) = NewDocument("article.md", "{ \"rules\": { \"EL1001\": \"none\" } }");
        string configUri = new Uri(Path.Combine(folder, "editlint.json")).AbsoluteUri;
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        Codes(await client.DiagnosticsAsync(uri, 1)).ShouldNotContain("EL1001");

        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"rules\": { \"EL1001\": \"loud\" } }");
        client.Change(uri, 2, Insert(1, 0, "More.\n"));

        var problem = Single(await client.DiagnosticsAsync(configUri, null), "EL0001");
        ((int)problem["range"]!["start"]!["line"]!).ShouldBe(0);
        var message = await client.WaitForAsync(m => (string?)m["method"] == "window/showMessage");
        ((string)message["params"]!["message"]!).ShouldContain("last configuration that loaded");
        Codes(await client.DiagnosticsAsync(uri, 2)).ShouldNotContain("EL1001");

        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"rules\": { \"EL1001\": \"warning\" } }");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = configUri, ["type"] = 2 }) });
        var cleared = await client.WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == configUri && m["params"]!["diagnostics"]!.AsArray().Count == 0);
        cleared.ShouldNotBeNull();
        var again = await client.WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri && Codes(m["params"]!["diagnostics"]!.AsArray()).Contains("EL1001"));
        ((int)Single(again["params"]!["diagnostics"]!.AsArray(), "EL1001")["severity"]!).ShouldBe(2);
    }

    [Fact]
    public async Task The_problems_of_a_configuration_file_that_is_deleted_are_cleared_from_the_editor()
    {
        // Fixing the file cleared them; deleting it left them in the editor's problem list for good.
        var (folder, uri) = NewDocument("article.md", "{ \"rules\": 5 }");
        string configUri = new Uri(Path.Combine(folder, "editlint.json")).AbsoluteUri;
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        Single(await client.DiagnosticsAsync(configUri, null), "EL0001");

        File.Delete(Path.Combine(folder, "editlint.json"));
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = configUri, ["type"] = 3 }) });
        client.Change(uri, 2, Insert(1, 0, "More.\n"));

        var cleared = await client.WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == configUri && m["params"]!["diagnostics"]!.AsArray().Count == 0);
        cleared.ShouldNotBeNull();
        Codes(await client.DiagnosticsAsync(uri, 2)).ShouldContain("EL1001");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_pulling_client_that_takes_a_refresh_is_told_to_pull_again_when_the_configuration_changes(bool refreshSupport)
    {
        // It was not, and the findings under the old configuration stayed on screen until the user typed.
        var (folder, uri) = NewDocument("article.md", "{ \"rules\": { \"EL1001\": \"warning\" } }");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(new JsonObject
        {
            ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() },
            ["workspace"] = new JsonObject { ["diagnostics"] = new JsonObject { ["refreshSupport"] = refreshSupport } },
        });
        client.Open(uri, Misspelt);
        var document = new JsonObject { ["uri"] = uri };
        Codes((await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = document.DeepClone() }))["result"]!["items"]!.AsArray()).ShouldBe(["EL1001"]);

        File.WriteAllText(Path.Combine(folder, "editlint.json"), "{ \"rules\": { \"EL1001\": \"none\" } }");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(Path.Combine(folder, "editlint.json")).AbsoluteUri, ["type"] = 2 }) });
        var pulled = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = document.DeepClone() });

        Codes(pulled["result"]!["items"]!.AsArray()).ShouldBeEmpty();
        var refreshes = client.Received.Where(m => (string?)m["method"] == "workspace/diagnostic/refresh").ToList();
        refreshes.Count.ShouldBe(refreshSupport ? 1 : 0);
        if (refreshSupport)
        {
            refreshes[0]["id"].ShouldNotBeNull();
            refreshes[0]["params"].ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_name_added_to_the_list_is_checked_at_once_and_the_old_list_is_let_go()
    {
        var (folder, uri) = NewDocument("article.md", "{ \"names\": [\"names.json\"] }");
        string list = Path.Combine(folder, "names.json");
        File.WriteAllText(list, "{ \"people\": [ { \"name\": \"Masahiko Komura\" } ] }");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, "Masashiko Komura and Yun Byung-Se met.\n");
        Codes(await client.DiagnosticsAsync(uri, 1)).Count(c => c == "EL1001").ShouldBe(1);

        File.WriteAllText(list, "{ \"people\": [ { \"name\": \"Masahiko Komura\" }, { \"name\": \"Yun Byung-se\" } ] }");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(list).AbsoluteUri, ["type"] = 2 }) });

        await client.WaitForAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri
            && Codes(m["params"]!["diagnostics"]!.AsArray()).Count(c => c == "EL1001") == 2);
        // At most one: the old version is let go, and other tests loading lists meanwhile may evict the new one too.
        EditLint.Names.NameLists.CachedVersions([list]).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_client_that_watches_files_is_asked_to_watch_the_json_files_and_its_answer_is_taken_quietly()
    {
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } });

        var registration = await client.WaitForAsync(m => (string?)m["method"] == "client/registerCapability");
        client.Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = registration["id"]!.DeepClone(), ["result"] = null });
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere.md" }, ["position"] = Position(0, 0) });

        var watcher = registration["params"]!["registrations"]![0]!;
        ((string)watcher["method"]!).ShouldBe("workspace/didChangeWatchedFiles");
        ((string)watcher["registerOptions"]!["watchers"]![0]!["globPattern"]!).ShouldBe("**/*.json");
        hover["result"].ShouldBeNull();
        client.Received.ShouldNotContain(m => m["error"] != null);
    }

    [Fact]
    public async Task Documents_under_one_configuration_share_its_engine()
    {
        var (folder, first) = NewDocument("a.md", "{ \"rules\": { \"EL1001\": \"note\" } }");
        string second = new Uri(Path.Combine(folder, "b.md")).AbsoluteUri;
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Notify("$/setTrace", new JsonObject { ["value"] = "verbose" });

        client.Open(first, Misspelt);
        client.Open(second, Misspelt);

        ((int)Single(await client.DiagnosticsAsync(first, 1), "EL1001")["severity"]!).ShouldBe(3);
        ((int)Single(await client.DiagnosticsAsync(second, 1), "EL1001")["severity"]!).ShouldBe(3);
        var traces = client.Received.Where(m => (string?)m["method"] == "$/logTrace").Select(m => (string)m["params"]!["message"]!).ToArray();
        traces.Count(t => t.StartsWith("Read the configuration", StringComparison.Ordinal)).ShouldBe(1);
        traces.Count(t => t.StartsWith("Analysed", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_0_and_requests_before_initialize_are_refused()
    {
        await using var client = LspTestClient.InProcess();
        var early = await client.RequestAsync("textDocument/hover", new JsonObject());
        ((int)early["error"]!["code"]!).ShouldBe(-32002);
        await client.InitializeAsync();

        var shutdown = await client.RequestAsync("shutdown", null);
        var late = await client.RequestAsync("textDocument/hover", new JsonObject());
        client.Notify("exit", null);

        shutdown["result"].ShouldBeNull();
        ((int)late["error"]!["code"]!).ShouldBe(-32600);
        (await client.ServerExit).ShouldBe(0);
    }

    [Fact]
    public async Task A_hover_sent_just_before_shutdown_is_answered_before_the_shutdown_is()
    {
        // The hover is answered on the thread pool; 'exit' had ended the server before the answer was written.
        var (_, uri) = NewDocument("article.md");
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();
        client.Open(uri, Misspelt);
        var hoverParams = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(0, 4) };
        client.Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 100, ["method"] = "textDocument/hover", ["params"] = hoverParams });
        client.Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 101, ["method"] = "shutdown" });
        client.Notify("exit", null);

        (await client.ServerExit).ShouldBe(0);
        await client.WaitForAsync(m => m["method"] is null && m["id"]?.ToJsonString() == "101");
        var responses = client.Received.Where(m => m["method"] is null).Select(m => m["id"]?.ToJsonString()).ToList();
        responses.IndexOf("100").ShouldBeGreaterThanOrEqualTo(0, "the hover was never answered");
        responses.IndexOf("100").ShouldBeLessThan(responses.IndexOf("101"));
        var hover = client.Received.Single(m => m["method"] is null && m["id"]?.ToJsonString() == "100");
        ((string)hover["result"]!["contents"]!["value"]!).ShouldStartWith("**EL1001**");
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        await using var client = LspTestClient.InProcess();
        await client.InitializeAsync();

        client.Notify("exit", null);

        (await client.ServerExit).ShouldBe(1);
    }
}
