using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>
/// Semantic tokens from the tree and the bound model: keywords, property names, strings,
/// numbers and dates, references (by what they resolve to), vocabulary values, declared names,
/// comments. Multi-line tokens are split per line.
/// </summary>
public static class SemanticTokensHandler
{
    public static ImmutableArray<string> TokenTypes { get; } = ["keyword", "property", "string", "number", "enumMember", "variable", "type", "comment", "class", "namespace", "event"];

    public static ImmutableArray<string> TokenModifiers { get; } = ["declaration", "readonly"];

    private const int Keyword = 0, Property = 1, String = 2, Number = 3, EnumMember = 4, Variable = 5, Type = 6, Comment = 7, Class = 8, Namespace = 9;

    public static SemanticTokens Tokens(DocumentSnapshot snapshot)
    {
        // In text order as they are collected: a token's leading comments, the token, its trailing comments (no sort needed).
        var spans = new List<(TextSpan Span, int Type, int Modifiers)>();
        foreach (var token in snapshot.Tree.Root.DescendantTokens())
        {
            AddComments(spans, token.LeadingTrivia);
            if (!token.IsMissing && token.Text.Length > 0 && Classify(snapshot.SemanticModel, token) is { } c)
            {
                spans.Add((token.Span, c.Type, c.Modifiers));
            }

            AddComments(spans, token.TrailingTrivia);
        }

        var data = ImmutableArray.CreateBuilder<int>(spans.Count * 5);
        var previousLine = 0;
        var previousChar = 0;
        foreach (var (span, type, modifiers) in spans)
        {
            // One entry per line of a multi-line token.
            var line = snapshot.Text.GetLineIndex(span.Start);
            var lastLine = snapshot.Text.GetLineIndex(Math.Max(span.Start, span.End - 1));
            for (var l = line; l <= lastLine; l++)
            {
                var lineSpan = snapshot.Text.GetLineSpan(l);
                var start = Math.Max(span.Start, lineSpan.Start);
                var end = Math.Min(span.End, lineSpan.End);
                if (end <= start)
                {
                    continue;
                }

                var character = start - lineSpan.Start;
                data.Add(l - previousLine);
                data.Add(l == previousLine ? character - previousChar : character);
                data.Add(end - start);
                data.Add(type);
                data.Add(modifiers);
                previousLine = l;
                previousChar = character;
            }
        }

        return new SemanticTokens(data.DrainToImmutable());
    }

    /// <summary>The comments of a token's trivia, read as a span (not through LINQ: a boxed list and enumerators per token).</summary>
    private static void AddComments(List<(TextSpan Span, int Type, int Modifiers)> spans, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia.AsSpan())
        {
            if (SyntaxFacts.IsComment(item.Kind))
            {
                spans.Add((item.Span, Comment, 0));
            }
        }
    }

    private static (int Type, int Modifiers)? Classify(SemanticModel model, SyntaxToken token)
    {
        if (token.Parent is PropertySyntax p && p.Name == token)
        {
            return (Property, 0);
        }

        if (SyntaxFacts.IsKeyword(token.Kind))
        {
            return (Keyword, 0);
        }

        switch (token.Kind)
        {
            case SyntaxKind.StringLiteralToken:
                return (String, 0);
            case SyntaxKind.DateLiteralToken or SyntaxKind.IntegerLiteralToken:
                return (Number, 0);
            case SyntaxKind.IdentifierToken when token.Parent is DeclarationSyntax declaration:
                return (KindType(declaration.DeclarationKind), 1);
            case SyntaxKind.IdentifierToken:
                var info = model.GetSymbolInfo(token);
                return info.Symbol is { } symbol ? (KindType(symbol.Kind), 0)
                    : info.Value?.Value is VocabularyValue or Confidence or string ? (EnumMember, 2)
                    : (Variable, 0);
            default:
                return null;
        }
    }

    private static int KindType(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Incident => Namespace,
        DeclarationKind.Actor => Class,
        DeclarationKind.Event => 10,
        _ => Type,
    };
}
