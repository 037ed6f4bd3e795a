using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IncidentLang.Projects;
using IncidentLang.Syntax;

namespace IncidentLang.Diagnostics;

/// <summary>
/// The one place where configuration and suppressions apply (§5), after every stage has reported:
/// rule levels from the file's <c>incidentlang.json</c> change or drop configurable diagnostics;
/// suppression comments drop warnings and infos (never errors); each listed ID that suppresses
/// nothing becomes INC2099.
/// </summary>
public static partial class DiagnosticFilter
{
    public static ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, IEnumerable<SyntaxTree> trees, Func<string, IReadOnlyDictionary<string, RuleLevel>?>? rulesForFile)
    {
        var leveled = diagnostics.Select(d => WithLevel(d, rulesForFile)).OfType<Diagnostic>().ToList();
        var directives = trees.SelectMany(ReadDirectives).ToList();
        var used = new HashSet<(SuppressionDirective, string)>();
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in leveled)
        {
            var line = diagnostic.Location.LineSpan.Start.Line;
            var suppressor = diagnostic.Severity == DiagnosticSeverity.Error ? null : directives.FirstOrDefault(d =>
                d.Text.FilePath == diagnostic.Location.FilePath
                && (d.IsFileWide || d.Line + 1 == line)
                && d.Ids.Any(i => i.Id == diagnostic.Id));
            if (suppressor is null)
            {
                kept.Add(diagnostic);
            }
            else
            {
                used.Add((suppressor, diagnostic.Id));
            }
        }

        foreach (var directive in directives)
        {
            foreach (var (id, span) in directive.Ids)
            {
                if (!used.Contains((directive, id)) && WithLevel(Diagnostic.Create(DiagnosticDescriptors.UnusedSuppression, directive.Text, span, id), rulesForFile) is { } unused)
                {
                    kept.Add(unused);
                }
            }
        }

        kept.Sort(Diagnostic.Compare);
        return [.. kept];
    }

    private static Diagnostic? WithLevel(Diagnostic diagnostic, Func<string, IReadOnlyDictionary<string, RuleLevel>?>? rulesForFile)
    {
        if (!diagnostic.Descriptor.IsConfigurable || rulesForFile?.Invoke(diagnostic.Location.FilePath) is not { } rules
            || !rules.TryGetValue(diagnostic.Id, out var level))
        {
            return diagnostic;
        }

        return level switch
        {
            RuleLevel.None => null,
            RuleLevel.Error => diagnostic with { Severity = DiagnosticSeverity.Error },
            RuleLevel.Warning => diagnostic with { Severity = DiagnosticSeverity.Warning },
            _ => diagnostic with { Severity = DiagnosticSeverity.Info },
        };
    }

    /// <summary>Every suppression comment of a tree.</summary>
    public static IEnumerable<SuppressionDirective> ReadDirectives(SyntaxTree tree)
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

                var ids = ImmutableArray.CreateBuilder<(string, Text.TextSpan)>();
                foreach (Capture capture in match.Groups["id"].Captures)
                {
                    ids.Add((capture.Value, new Text.TextSpan(trivia.Position + capture.Index, capture.Length)));
                }

                yield return new SuppressionDirective(tree.Text, match.Groups["kind"].Value == "file", tree.Text.GetLinePosition(trivia.Position).Line, ids.ToImmutable());
            }
        }
    }

    [GeneratedRegex(@"^//\s*inc-disable-(?<kind>next-line|file)(?:[\s,]+(?<id>INC[0-9]{4})\b)*", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();
}
