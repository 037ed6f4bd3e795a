namespace IncidentLang.Syntax;

/// <summary>
/// One lexed token before it becomes a <see cref="SyntaxToken"/> or trivia: its token type (the
/// constants of the generated <c>IncidentLexer</c>; <c>-1</c> for the end of the file) and its
/// character bounds, <see cref="Stop"/> inclusive as ANTLR has it.
/// </summary>
internal readonly record struct LexedToken(int Type, int Start, int Stop);
