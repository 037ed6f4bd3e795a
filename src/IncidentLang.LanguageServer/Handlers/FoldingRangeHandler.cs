using System.Collections.Immutable;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>Folding for declarations, multi-line lists and strings, and block comments.</summary>
public static class FoldingRangeHandler
{
    public static ImmutableArray<FoldingRange> Ranges(DocumentSnapshot snapshot)
    {
        var ranges = new List<FoldingRange>();
        void Add(TextSpan span, string? kind = null)
        {
            var start = snapshot.Text.GetLineIndex(span.Start);
            var end = snapshot.Text.GetLineIndex(Math.Max(span.Start, span.End - 1));
            if (end > start)
            {
                ranges.Add(new FoldingRange(start, end) { Kind = kind });
            }
        }

        // The trivia as a span, not through LINQ: a boxed list and two enumerators per token were most of this request's
        // allocations in a large report (docs/performance-history.md, session 7).
        void AddBlockComments(SyntaxTriviaList trivia)
        {
            foreach (var item in trivia.AsSpan())
            {
                if (item.Kind == SyntaxKind.MultiLineCommentTrivia)
                {
                    Add(item.Span, "comment");
                }
            }
        }

        var stack = new Stack<SyntaxNode>();
        stack.Push(snapshot.Tree.Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case DeclarationSyntax or ListValueSyntax:
                    Add(node.Span);
                    break;
                case SyntaxToken token:
                    if (token.Kind == SyntaxKind.StringLiteralToken)
                    {
                        Add(token.Span);
                    }

                    AddBlockComments(token.LeadingTrivia);
                    AddBlockComments(token.TrailingTrivia);

                    break;
            }

            for (var i = 0; i < node.ChildCount; i++)
            {
                stack.Push(node.GetChild(i));
            }
        }

        return [.. ranges.OrderBy(r => r.StartLine).ThenBy(r => r.EndLine)];
    }
}
