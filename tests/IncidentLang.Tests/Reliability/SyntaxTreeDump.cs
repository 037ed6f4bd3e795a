using System.Globalization;
using System.Text;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.Reliability;

/// <summary>
/// Everything a syntax tree holds, as text: node kinds and nesting, every token with its position, value,
/// flags and trivia, and the tree's diagnostics. Two parses of one text are the same exactly when their dumps
/// are equal; used to compare the parser's fast path with the ANTLR path (<c>ErrorFreeParserTests</c> and the
/// fuzz target's <see cref="PipelineInvariants"/>, which links this file).
/// </summary>
internal static class SyntaxTreeDump
{
    public static string Write(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        Write(tree.Root, 0, builder);
        foreach (var diagnostic in tree.Diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{diagnostic.Descriptor.Id} {diagnostic.Location.Span} {diagnostic.Severity} {diagnostic.Message} | {diagnostic.Suggestion}\n");
        }

        return builder.ToString();
    }

    private static void Write(SyntaxNode node, int depth, StringBuilder builder)
    {
        builder.Append(' ', depth * 2).Append(node.Kind);
        if (node is SyntaxToken token)
        {
            builder.Append(CultureInfo.InvariantCulture, $" {token.Position} {Escape(token.Text)} value={token.Value?.GetType().Name}:{Escape(Convert.ToString(token.Value, CultureInfo.InvariantCulture) ?? "")} missing={token.IsMissing} error={token.HasLiteralError}");
            foreach (var trivia in token.LeadingTrivia)
            {
                builder.Append(CultureInfo.InvariantCulture, $" L[{trivia.Kind} {trivia.Position} {Escape(trivia.Text)}]");
            }

            foreach (var trivia in token.TrailingTrivia)
            {
                builder.Append(CultureInfo.InvariantCulture, $" T[{trivia.Kind} {trivia.Position} {Escape(trivia.Text)}]");
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $" parent={node.Parent?.Kind}\n");
        foreach (var child in node.GetChildren())
        {
            Write(child, depth + 1, builder);
        }
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
