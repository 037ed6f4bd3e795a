using System.Globalization;
using System.Text;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.Infrastructure;

/// <summary>A readable dump of every token and trivia of a tree, for .tokens baselines.</summary>
internal static class TokenDumper
{
    public static string Dump(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  L {trivia.Kind} {Escape(trivia.Text)}\n");
            }

            var position = tree.Text.GetLinePosition(token.Position);
            builder.Append(CultureInfo.InvariantCulture, $"{token.Kind}{(token.IsMissing ? " (missing)" : string.Empty)} ({position}) {Escape(token.Text)}\n");
            foreach (var trivia in token.TrailingTrivia)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  T {trivia.Kind} {Escape(trivia.Text)}\n");
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
