using EditLint.Text;

namespace EditLint.Rules.Names.Roles;

/// <summary>
/// One word of a title as EL1003 compares it: <see cref="Key"/> is lower case ("minister", "'s", "gov."), except an
/// all-capital abbreviation, which keeps its capitals so that "US" and "UN" are not the words "us" and "un".
/// <see cref="Span"/> is where it stands in the text; <see cref="Capitalised"/> says whether it began with a capital.
/// </summary>
internal readonly record struct TitleWord(string Key, TextSpan Span, bool Capitalised);
