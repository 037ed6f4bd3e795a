using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Reads the suppression comments of a tree (<c>// inc-disable-next-line ID…</c>,
/// <c>// inc-disable-file ID…</c>); <see cref="DiagnosticFilter"/> applies them.
/// </summary>
internal static partial class SuppressionComments
{
    /// <summary>Every suppression comment of a tree.</summary>
    public static IEnumerable<SuppressionDirective> Read(SyntaxTree tree)
    {
        if (!tree.Text.Text.Contains("inc-disable-", StringComparison.Ordinal))
        {
            yield break; // the common case, without walking every token
        }

        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind != SyntaxKind.SingleLineCommentTrivia)
                {
                    continue;
                }

                var match = DirectivePattern().Match(trivia.Text);
                if (!match.Success)
                {
                    continue;
                }

                var ids = ImmutableArray.CreateBuilder<(string, TextSpan)>();
                foreach (Capture capture in match.Groups["id"].Captures)
                {
                    ids.Add((capture.Value, new TextSpan(trivia.Position + capture.Index, capture.Length)));
                }

                yield return new SuppressionDirective(tree.Text, match.Groups["kind"].Value == "file", tree.Text.GetLinePosition(trivia.Position).Line, ids.ToImmutable());
            }
        }
    }

    [GeneratedRegex(@"^//\s*inc-disable-(?<kind>next-line|file)(?:[\s,]+(?<id>INC[0-9]{4})\b)*", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();
}
