using System.Collections.Immutable;
using IncidentLang.Formatting;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>Whole-document formatting with the same formatter as <c>inc fmt</c>; nothing for a document with syntax errors.</summary>
public static class FormattingHandler
{
    public static ImmutableArray<TextEdit> Format(DocumentSnapshot snapshot)
    {
        var formatted = SyntaxFormatter.Format(snapshot.Tree);
        if (formatted is null || formatted == snapshot.Text.Text)
        {
            return [];
        }

        return [new TextEdit(snapshot.RangeOf(new TextSpan(0, snapshot.Text.Length)), formatted)];
    }
}
