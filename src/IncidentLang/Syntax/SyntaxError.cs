using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace IncidentLang.Syntax;

/// <summary>One syntax error as ANTLR's recovery saw it, before it becomes an INC0004/INC0005 diagnostic.</summary>
internal sealed record SyntaxError(SyntaxErrorKind Kind, IToken Offending, IToken? Previous, IntervalSet Expected);
