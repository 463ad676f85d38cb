using System.Text;
using System.Text.Json;
using EditLint.IO;
using EditLint.Text;

namespace EditLint.Names;

/// <summary>
/// Reads a name list (see rules/names/names.schema.json) with exact positions for every
/// problem. A syntax error makes the whole file unusable; a bad entry is skipped and reported,
/// and the rest of the list is used.
/// </summary>
public static class NameListLoader
{
    private static readonly (byte[] Utf8, string Text)[] KnownProperties =
        [.. new[] { "name", "aliases", "rejected", "roles", "source", "title", "organisation", "from", "to", "people", "description", "$schema" }
            .Select(name => (Encoding.UTF8.GetBytes(name), name))];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    public static NameListLoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = SystemFiles.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new NameListLoadResult(path, [], [new NameListError(path, 1, 1, $"cannot read the name list: {exception.Message}")], false);
        }

        bytes = JsonFileBytes.ToUtf8(bytes, out long invalidAt);
        if (invalidAt >= 0)
        {
            var position = new JsonPositions(bytes).At(invalidAt);
            return new NameListLoadResult(path, [], [new NameListError(path, position.Line + 1, position.Character + 1, $"invalid JSON: {JsonFileBytes.InvalidUtf16}")], false);
        }

        return Parse(path, bytes);
    }

    /// <summary>Parses a list from its UTF-8 bytes; <paramref name="path"/> names it in errors.</summary>
    public static NameListLoadResult Parse(string path, ReadOnlyMemory<byte> bytes)
    {
        var parser = new Parser(path, bytes);
        try
        {
            parser.ParseDocument();
        }
        catch (JsonException exception)
        {
            var position = parser.Positions.At(exception);
            parser.Errors.Add(new NameListError(path, position.Line + 1, position.Character + 1, $"invalid JSON: {JsonPositions.Describe(exception)}"));
            return new NameListLoadResult(path, [], parser.Errors, false);
        }
        catch (InvalidOperationException) when (JsonSurrogates.FirstUnpaired(bytes.Span) is long at and >= 0)
        {
            var position = parser.Positions.At(at);
            parser.Errors.Add(new NameListError(path, position.Line + 1, position.Character + 1, $"{JsonSurrogates.Problem}, which no name can hold"));
            return new NameListLoadResult(path, [], parser.Errors, false);
        }

        return new NameListLoadResult(path, parser.People, parser.Errors, parser.Usable);
    }

    private ref struct Parser
    {
        private Utf8JsonReader reader;

        public Parser(string path, ReadOnlyMemory<byte> bytes)
        {
            Path = path;
            reader = new Utf8JsonReader(bytes.Span, ReaderOptions);
            Positions = new JsonPositions(bytes);
        }

        public string Path { get; }

        public JsonPositions Positions { get; }

        public List<PersonEntry> People { get; } = [];

        public List<NameListError> Errors { get; } = [];

        public bool Usable { get; private set; }

        public void ParseDocument()
        {
            if (!reader.Read())
            {
                Error(1, 1, "the name list is empty");
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                ErrorHere("a name list is a JSON object with a \"people\" array");
                reader.Skip();
                return;
            }

            var (objectLine, objectColumn) = Here();
            var sawPeople = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = PropertyName();
                var (line, column) = Here();
                reader.Read();
                switch (property)
                {
                    case "$schema" or "description" or "source":
                        ExpectString(property);
                        break;
                    case "people":
                        sawPeople = true;
                        ParsePeople();
                        break;
                    default:
                        Error(line, column, $"unknown property \"{property}\" in a name list");
                        reader.Skip();
                        break;
                }
            }

            if (!sawPeople)
            {
                Error(objectLine, objectColumn, "the name list has no \"people\" array");
            }

            // Reads to the end so that trailing garbage is a syntax error.
            while (reader.Read())
            {
            }
        }

        private void ParsePeople()
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                ErrorHere("\"people\" must be an array of entries");
                reader.Skip();
                return;
            }

            Usable = true;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    ErrorHere("an entry must be an object with a \"name\"");
                    reader.Skip();
                    continue;
                }

                ParsePerson();
            }
        }

        private void ParsePerson()
        {
            var (entryLine, entryColumn) = Here();
            string? name = null;
            int nameLine = entryLine, nameColumn = entryColumn;
            // Most entries have no rejected forms or roles: a list is made only for what an entry has.
            List<NameForm>? aliases = null;
            List<NameForm>? rejected = null;
            List<NameRole>? roles = null;
            string? source = null;
            var bad = false;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = PropertyName();
                var (line, column) = Here();
                reader.Read();
                int bit = EntryPropertyBit(property);
                if ((seen & bit) != 0)
                {
                    // JSON readers keep the last of two equal keys without a word; editlint.json refuses them, and so does a list.
                    Error(line, column, $"\"{property}\" is given twice in one entry; remove one");
                    reader.Skip();
                    continue;
                }

                seen |= bit;
                switch (property)
                {
                    case "name":
                        (nameLine, nameColumn) = Here();
                        name = ExpectString(property);
                        if (name is not null && string.IsNullOrWhiteSpace(name))
                        {
                            Error(nameLine, nameColumn, "\"name\" must not be empty");
                            name = null;
                            bad = true;
                        }
                        else if (name is not null && !HasALetter(name))
                        {
                            Error(nameLine, nameColumn, $"\"name\" has no letter (\"{name}\"), so no text can mention it");
                            name = null;
                            bad = true;
                        }

                        break;
                    case "aliases":
                        ReadForms(property, NameFormKind.Alias, ref aliases);
                        break;
                    case "rejected":
                        ReadForms(property, NameFormKind.Rejected, ref rejected);
                        break;
                    case "roles":
                        ReadRoles(ref roles);
                        break;
                    case "source":
                        source = ExpectString(property);
                        break;
                    default:
                        Error(line, column, $"unknown property \"{property}\" in an entry");
                        reader.Skip();
                        break;
                }
            }

            if (name is null)
            {
                if (!bad)
                {
                    Error(entryLine, entryColumn, "entry has no \"name\"");
                }

                return;
            }

            var aliasCount = aliases?.Count ?? 0;
            var forms = new NameForm[1 + aliasCount + (rejected?.Count ?? 0)];
            forms[0] = new(name.Trim(), NameFormKind.Canonical, nameLine, nameColumn);
            aliases?.CopyTo(forms, 1);
            rejected?.CopyTo(forms, 1 + aliasCount);
            People.Add(new PersonEntry(name.Trim(), forms, roles ?? [], source, Path, entryLine, entryColumn));
        }

        private void ReadForms(string property, NameFormKind kind, ref List<NameForm>? forms)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                ErrorHere($"\"{property}\" must be an array of strings");
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var (line, column) = Here();
                if (reader.TokenType != JsonTokenType.String)
                {
                    Error(line, column, $"\"{property}\" must contain only strings");
                    reader.Skip();
                    continue;
                }

                var text = reader.GetString()!.Trim();
                if (text.Length == 0 || NameNormalizer.Key(text).Length == 0)
                {
                    Error(line, column, $"an entry of \"{property}\" must contain letters");
                    continue;
                }

                (forms ??= []).Add(new NameForm(text, kind, line, column));
            }
        }

        private void ReadRoles(ref List<NameRole>? roles)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                ErrorHere("\"roles\" must be an array of objects");
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var (roleLine, roleColumn) = Here();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Error(roleLine, roleColumn, "a role must be an object with a \"title\"");
                    reader.Skip();
                    continue;
                }

                string? title = null, organisation = null, from = null, to = null;
                List<NameForm>? aliases = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = PropertyName();
                    var (line, column) = Here();
                    reader.Read();
                    switch (property)
                    {
                        case "title": title = ExpectString(property); break;
                        case "organisation": organisation = ExpectString(property); break;
                        case "from": from = ExpectDate(property); break;
                        case "to": to = ExpectDate(property); break;
                        case "aliases": ReadForms("aliases", NameFormKind.Alias, ref aliases); break;
                        default:
                            Error(line, column, $"unknown property \"{property}\" in a role");
                            reader.Skip();
                            break;
                    }
                }

                if (string.IsNullOrWhiteSpace(title))
                {
                    Error(roleLine, roleColumn, "role has no \"title\"");
                    continue;
                }

                if (from is not null && to is not null && string.CompareOrdinal(from, 0, to, 0, Math.Min(from.Length, to.Length)) > 0) // "2024-10" after "2021"; not "2023-05" after "2023"
                {
                    Error(roleLine, roleColumn, $"role \"{title}\" runs from {from} to {to}: \"from\" is after \"to\"");
                    continue;
                }

                (roles ??= []).Add(new NameRole(title, organisation, from, to)
                {
                    Aliases = aliases is null ? [] : [.. aliases.Select(a => a.Text)],
                    Line = roleLine,
                    Column = roleColumn,
                });
            }
        }

        // "...!!!", "1234": a name without a letter matches no word of an article.
        private static bool HasALetter(string name)
        {
            foreach (char c in name)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }

            return false;
        }

        // One bit for each property an entry may have, to find one given twice without a set for every entry.
        private static int EntryPropertyBit(string property) => property switch
        {
            "name" => 1,
            "aliases" => 2,
            "rejected" => 4,
            "roles" => 8,
            "source" => 16,
            _ => 0,
        };

        // The schema's property names come back as these strings, not as a new string for every entry.
        private readonly string PropertyName()
        {
            foreach (var (utf8, text) in KnownProperties)
            {
                if (reader.ValueTextEquals(utf8))
                {
                    return text;
                }
            }

            return reader.GetString()!;
        }

        private string? ExpectString(string property)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                ErrorHere($"\"{property}\" must be a string");
                reader.Skip();
                return null;
            }

            return reader.GetString();
        }

        private string? ExpectDate(string property)
        {
            var (line, column) = Here();
            var text = ExpectString(property);
            if (text is null)
            {
                return null;
            }

            if (NameRole.DateRange(text) is null)
            {
                Error(line, column, $"\"{property}\" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (\"{text}\" is not one)");
                return null;
            }

            return text;
        }

        /// <summary>The current token's 1-based line and column, as name-list problems give them.</summary>
        private readonly (int Line, int Column) Here()
        {
            var position = Positions.At(reader.TokenStartIndex);
            return (position.Line + 1, position.Character + 1);
        }

        private void ErrorHere(string message)
        {
            var (line, column) = Here();
            Error(line, column, message);
        }

        private void Error(int line, int column, string message) => Errors.Add(new NameListError(Path, line, column, message));
    }
}
