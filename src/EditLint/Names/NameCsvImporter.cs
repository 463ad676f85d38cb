using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EditLint.Text;

namespace EditLint.Names;

/// <summary>
/// Turns a CSV export (a newsroom database, a Wikidata query) into a name list. Without a header,
/// each row is a canonical name followed by its aliases. With a header whose first column is
/// "name", columns are read by name: name, alias or aliases (repeatable; "a; b" or "a | b" in one
/// cell), rejected, title, organisation (or organization), from, to, source. Fields follow RFC
/// 4180: quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
public static class NameCsvImporter
{
    /// <summary>The people read, the errors that stop the import, and the rows of one person that were merged.</summary>
    public sealed record ImportResult(IReadOnlyList<PersonEntry> People, IReadOnlyList<NameListError> Errors, IReadOnlyList<SameNameMerger.MergedEntry> Merges);

    /// <summary>
    /// Reads a CSV file's bytes into <paramref name="text"/>, and returns the failed import when they cannot be read:
    /// UTF-8 with or without a byte order mark, or UTF-16 with one, is read. Bytes that are not
    /// UTF-8 stop the import with an error at the first of them, rather than reach the list as U+FFFD: Excel's "CSV (Comma
    /// delimited)" saves in the Windows code page, so "Suárez" would be listed as "Su\uFFFDrez".
    /// </summary>
    public static ImportResult? FailureToDecode(string path, byte[] bytes, out string text)
    {
        var decoded = TextDecoder.Decode(bytes);
        text = decoded.Text?.Text ?? string.Empty;
        if (decoded.IsBinary)
        {
            return Failed(new NameListError(path, 1, 1, "the file is not text (it holds NUL bytes); a CSV export is expected"));
        }

        if (decoded.InvalidByteOffsets is not [long first, ..])
        {
            return null;
        }

        var position = decoded.Text!.Lines.GetPosition(Math.Min(TextDecoder.CharacterIndex(bytes, decoded.Text.Encoding, first), text.Length));
        string problem = decoded.Text.Encoding is TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian
            ? $"the file is UTF-16 by its byte order mark but has an unpaired surrogate or an odd last byte at byte offset {first}"
            : $"byte 0x{bytes[first]:X2} (offset {first}) is not UTF-8; the file is probably in a Windows code page, as Excel's \"CSV (Comma delimited)\" saves it: save it as \"CSV UTF-8\" and import it again";
        return Failed(new NameListError(path, position.Line + 1, position.Character + 1, problem));

        static ImportResult Failed(NameListError error) => new([], [error], []);
    }

    public static ImportResult Import(string path, string text)
    {
        var errors = new List<NameListError>();
        var rows = ReadRows(path, text, errors);
        var people = new List<PersonEntry>();
        if (rows.Count == 0)
        {
            if (errors.Count == 0)
            {
                errors.Add(new NameListError(path, 1, 1, "the CSV file has no rows"));
            }

            return new ImportResult(people, errors, []);
        }

        string[]? header = null;
        var first = rows[0].Fields;
        if (first.Count > 0 && first[0].Text.Trim().Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            header = [.. first.Select(f => f.Text.Trim().ToLowerInvariant())];
            for (var c = 0; c < header.Length; c++)
            {
                if (header[c] is not ("name" or "alias" or "aliases" or "rejected" or "title" or "organisation" or "organization" or "from" or "to" or "source"))
                {
                    errors.Add(new NameListError(path, rows[0].Line, first[c].Column, $"unknown column \"{first[c].Text.Trim()}\"; expected name, aliases, rejected, title, organisation, from, to or source"));
                }
            }
        }

        foreach (var row in rows.Skip(header is null ? 0 : 1))
        {
            if (row.Fields.All(f => f.Text.Trim().Length == 0))
            {
                continue;
            }

            var name = row.Fields[0].Text.Trim();
            if (name.Length == 0 || NameNormalizer.Key(name).Length == 0)
            {
                errors.Add(new NameListError(path, row.Line, row.Fields[0].Column, "the name (first column) is empty"));
                continue;
            }

            var forms = new List<NameForm> { new(name, NameFormKind.Canonical, row.Line, row.Fields[0].Column) };
            string? title = null, organisation = null, from = null, to = null, source = null;
            for (var c = 1; c < row.Fields.Count; c++)
            {
                var field = row.Fields[c];
                var value = field.Text.Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                var column = header is null ? "aliases" : c < header.Length ? header[c] : null;
                switch (column)
                {
                    case "alias" or "aliases":
                        AddForms(value, NameFormKind.Alias, header is not null, row.Line, field.Column, forms);
                        break;
                    case "rejected":
                        AddForms(value, NameFormKind.Rejected, true, row.Line, field.Column, forms);
                        break;
                    case "title": title = value; break;
                    case "organisation" or "organization": organisation = value; break;
                    case "from": from = value; break;
                    case "to": to = value; break;
                    case "source": source = value; break;
                    case null:
                        errors.Add(new NameListError(path, row.Line, field.Column, "more fields than the header has columns"));
                        break;
                }
            }

            IReadOnlyList<NameRole> roles = title is null ? [] : [new NameRole(title, organisation, from, to)];
            people.Add(new PersonEntry(name, forms.DistinctBy(f => (f.Text, f.Kind)).ToList(), roles, source, path, row.Line, 1));
        }

        // A person on several rows (one row per role is a common export) is one person; one alias for two people
        // is an error here too.
        var merges = new List<SameNameMerger.MergedEntry>();
        var merged = SameNameMerger.Merge(people, merges);
        NameIndex.Build(merged, errors);
        return new ImportResult(merged, errors, merges);
    }

    /// <summary>Writes people as a name list in the documented JSON format.</summary>
    public static string ToJson(IReadOnlyList<PersonEntry> people, string source)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteStartArray("people");
            foreach (var person in people)
            {
                writer.WriteStartObject();
                writer.WriteString("name", person.Name);
                WriteForms(writer, "aliases", person, NameFormKind.Alias);
                WriteForms(writer, "rejected", person, NameFormKind.Rejected);
                if (person.Roles.Count > 0)
                {
                    writer.WriteStartArray("roles");
                    foreach (var role in person.Roles)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("title", role.Title);
                        WriteOptional(writer, "organisation", role.Organisation);
                        WriteOptional(writer, "from", role.From);
                        WriteOptional(writer, "to", role.To);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                WriteOptional(writer, "source", person.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteForms(Utf8JsonWriter writer, string property, PersonEntry person, NameFormKind kind)
    {
        var forms = person.Forms.Where(f => f.Kind == kind).ToList();
        if (forms.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (var form in forms)
        {
            writer.WriteStringValue(form.Text);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void AddForms(string value, NameFormKind kind, bool split, int line, int column, List<NameForm> forms)
    {
        var parts = split ? value.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [value];
        foreach (var part in parts)
        {
            if (NameNormalizer.Key(part).Length > 0)
            {
                forms.Add(new NameForm(part, kind, line, column));
            }
        }
    }

    private readonly record struct Field(string Text, int Column);

    private sealed record Row(int Line, List<Field> Fields);

    // RFC 4180, one pass, no regular expressions.
    private static List<Row> ReadRows(string path, string text, List<NameListError> errors)
    {
        var rows = new List<Row>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = i;
        while (i < text.Length)
        {
            var row = new Row(line, []);
            while (true)
            {
                var column = i - lineStart + 1;
                var builder = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    var quoteLine = line;
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                builder.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                            lineStart = i + 1;
                        }

                        builder.Append(c);
                        i++;
                    }

                    if (!closed)
                    {
                        errors.Add(new NameListError(path, quoteLine, column, "a quoted field is not closed"));
                        return rows;
                    }

                    // Text after a closing quote up to the separator is an error.
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        errors.Add(new NameListError(path, line, i - lineStart + 1, "unexpected text after a closing quote"));
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            i++;
                        }
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        builder.Append(text[i]);
                        i++;
                    }
                }

                row.Fields.Add(new Field(builder.ToString(), column));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                break;
            }

            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            line++;
            lineStart = i;
            rows.Add(row);
        }

        return rows;
    }
}
