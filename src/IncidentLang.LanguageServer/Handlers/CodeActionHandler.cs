using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>
/// Quick fixes for the diagnostics in a range: apply the fix a diagnostic carries (a did-you-mean,
/// INC2012's replacement ID, INC2013's defanged value, INC2014's attack-id), add a missing required
/// property (INC1002), remove an unused declaration (INC2003), and insert a suppression comment for
/// a warning or info.
/// </summary>
public static class CodeActionHandler
{
    public static ImmutableArray<CodeAction> Actions(DocumentSnapshot snapshot, TextSpan range)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in DiagnosticsHandler.For(snapshot).Where(d => Overlaps(d.Location.Span, range)))
        {
            var lsp = DiagnosticsHandler.ToLsp(snapshot, diagnostic);
            CodeAction Fix(string title, TextSpan span, string text, bool preferred = false) =>
                new(title, "quickfix", Edit(snapshot, span, text)) { Diagnostics = [lsp], IsPreferred = preferred ? true : null };

            if (diagnostic.Fix is { } fix)
            {
                // The compiler's own safe fix: a did-you-mean (INC1001/1005/1007/1009/1017), a revoked ATT&CK ID's
                // replacement (INC2012), a defanged indicator (INC2013), an ATT&CK group ID (INC2014).
                var edits = FixApplier.ChangesFor(snapshot.Text, fix).Select(c => new TextEdit(snapshot.RangeOf(c.Span), c.NewText)).ToList();
                actions.Add(new CodeAction(fix.Title, "quickfix", new WorkspaceEdit(new Dictionary<string, List<TextEdit>> { [snapshot.Uri] = edits }))
                {
                    Diagnostics = [lsp],
                    IsPreferred = true,
                });
            }

            if (diagnostic.Id == "INC1002" && MissingProperty(snapshot, diagnostic) is { } missing)
            {
                actions.Add(Fix($"Add the required property '{missing.Property}'", new TextSpan(missing.InsertAt, 0), missing.Text, preferred: true));
            }

            if (diagnostic.Id == "INC2003" && snapshot.SemanticModel.GetSymbolInfo(diagnostic.Location.Span.Start) is { IsDeclaration: true, Symbol: { } unused })
            {
                actions.Add(Fix($"Remove unused {unused.Syntax.Keyword.Text} '{unused.Name}'", WholeLines(snapshot, unused.Syntax.FullSpan), string.Empty));
            }

            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                var line = snapshot.Text.GetLineIndex(diagnostic.Location.Span.Start);
                var lineStart = snapshot.Text.GetLineStart(line);
                var lineText = snapshot.Text.ToString(snapshot.Text.GetLineSpan(line));
                var indentation = lineText[..(lineText.Length - lineText.TrimStart().Length)];
                actions.Add(Fix($"Suppress {diagnostic.Id} on this line", new TextSpan(lineStart, 0), $"{indentation}// inc-disable-next-line {diagnostic.Id}\n"));
            }
        }

        return [.. actions];
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;

    private static WorkspaceEdit Edit(DocumentSnapshot snapshot, TextSpan span, string text) =>
        new(new Dictionary<string, List<TextEdit>> { [snapshot.Uri] = [new TextEdit(snapshot.RangeOf(span), text)] });

    private static DeclarationSyntax? DeclarationAt(DocumentSnapshot snapshot, int position) =>
        snapshot.Tree.Root.DescendantTokens().FirstOrDefault(t => t.Span.Start == position)?.Parent as DeclarationSyntax;

    /// <summary>Expands a span to whole lines (and one blank line after), so removing a declaration leaves tidy text.</summary>
    private static TextSpan WholeLines(DocumentSnapshot snapshot, TextSpan span)
    {
        var text = snapshot.Text;
        var firstLine = text.GetLineIndex(span.Start);
        var lastLine = text.GetLineIndex(Math.Max(span.Start, span.End - 1));
        var start = text.GetLineStart(firstLine);
        var end = lastLine + 1 < text.LineCount ? text.GetLineStart(lastLine + 1) : text.Length;
        if (lastLine + 2 < text.LineCount && text.GetLineSpan(lastLine + 1).IsEmpty)
        {
            end = text.GetLineStart(lastLine + 2);
        }

        return TextSpan.FromBounds(start, end);
    }

    private static (string Property, int InsertAt, string Text)? MissingProperty(DocumentSnapshot snapshot, Diagnostic diagnostic)
    {
        if (DeclarationAt(snapshot, diagnostic.Location.Span.Start) is not { OpenBrace.IsMissing: false } declaration)
        {
            return null;
        }

        var definition = LanguageSchema.Get(declaration.DeclarationKind);
        var given = declaration.Properties.Select(p => definition.FindProperty(p.Name.Text)?.Name).ToHashSet();
        var property = definition.Properties.FirstOrDefault(p => p.IsRequired && !given.Contains(p.Name) && diagnostic.Message.EndsWith($"'{p.Name}'", StringComparison.Ordinal));
        if (property is null)
        {
            return null;
        }

        var keywordLine = snapshot.Text.ToString(snapshot.Text.GetLineSpan(snapshot.Text.GetLineIndex(declaration.Keyword.Span.Start)));
        var indentation = keywordLine[..(keywordLine.Length - keywordLine.TrimStart().Length)] + "  ";
        var placeholder = property.Type switch
        {
            PropertyType.Date => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PropertyType.Enum => property.Default ?? property.Vocabulary[0].Name,
            PropertyType.Reference => "TODO",
            _ => "\"\"",
        };
        return (property.Name, declaration.OpenBrace.Span.End, $"\n{indentation}{property.Name}: {placeholder}");
    }
}
