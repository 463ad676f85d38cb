namespace EditLint.Names;

/// <summary>
/// A coarse key that makes the usual romanisation variants of one name equal: q, g, k and c
/// before a hard vowel as k; dh, th and d as d; kh as k; ph as f; w as v; y as i; ou as u; j and
/// zh as j; doubled letters as one. "Gaddafi", "Gadhafi", "Qaddafi" and "Qadhafi" all give
/// "kadafi"; "Lankow" and "Lankov" give "lankov". Used only to find candidates that are then
/// reported as near misses; never to decide that two spellings are the same.
/// </summary>
public static class Transliteration
{
    public static string Key(string foldedKey)
    {
        Span<char> buffer = foldedKey.Length <= 128 ? stackalloc char[foldedKey.Length] : new char[foldedKey.Length];
        var length = 0;
        for (var i = 0; i < foldedKey.Length; i++)
        {
            var c = foldedKey[i];
            var next = i + 1 < foldedKey.Length ? foldedKey[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'q' or 'g' or 'k':
                    mapped = 'k';
                    if (next == 'h')
                    {
                        i++;
                    }

                    break;
                case 'c' when next is 'a' or 'o' or 'u' or 'k':
                    mapped = 'k';
                    break;
                case 'd' or 't' when next == 'h':
                    mapped = 'd';
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped = 'f';
                    i++;
                    break;
                case 'z' when next == 'h':
                    mapped = 'j';
                    i++;
                    break;
                case 'o' when next == 'u':
                    mapped = 'u';
                    i++;
                    break;
                case 'w':
                    mapped = 'v';
                    break;
                case 'y':
                    mapped = 'i';
                    break;
                default:
                    mapped = c;
                    break;
            }

            if (length == 0 || buffer[length - 1] != mapped)
            {
                buffer[length++] = mapped;
            }
        }

        return new string(buffer[..length]);
    }
}
