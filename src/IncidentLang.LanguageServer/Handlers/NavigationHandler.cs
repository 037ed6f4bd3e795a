using System.Collections.Immutable;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>
/// Go to definition, find references, prepare rename and rename, across the files of the project:
/// the symbol at the cursor and its references come from the document's <see cref="SemanticModel"/>.
/// </summary>
public static class NavigationHandler
{
    public static LspLocation? Definition(DocumentSnapshot snapshot, int position) =>
        snapshot.SemanticModel.GetSymbolAt(position) is { } symbol ? ToLocation(symbol.NameLocation) : null;

    public static ImmutableArray<LspLocation> References(DocumentSnapshot snapshot, int position, bool includeDeclaration)
    {
        var model = snapshot.SemanticModel;
        return model.GetSymbolAt(position) is { } symbol ? [.. model.FindReferences(symbol, includeDeclaration).Select(ToLocation)] : [];
    }

    public static PrepareRenameResult? PrepareRename(DocumentSnapshot snapshot, int position)
    {
        var model = snapshot.SemanticModel;
        if (model.GetTokenAt(position) is not { Kind: SyntaxKind.IdentifierToken } token || model.GetSymbolInfo(token).Symbol is not { Name.Length: > 0 })
        {
            return null;
        }

        return new PrepareRenameResult(snapshot.RangeOf(token.Span), token.Text);
    }

    public static WorkspaceEdit? Rename(DocumentSnapshot snapshot, int position, string newName)
    {
        var model = snapshot.SemanticModel;
        if (model.GetSymbolAt(position) is not { Name.Length: > 0 } symbol)
        {
            return null;
        }

        var changes = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var location in model.FindReferences(symbol, includeDeclaration: true))
        {
            var uri = DocumentUri.FromPath(location.FilePath);
            if (!changes.TryGetValue(uri, out var edits))
            {
                changes[uri] = edits = [];
            }

            edits.Add(new TextEdit(DocumentSnapshot.RangeOf(location.Text, location.Span), newName));
        }

        return new WorkspaceEdit(changes);
    }

    private static LspLocation ToLocation(Location location) =>
        new(DocumentUri.FromPath(location.FilePath), DocumentSnapshot.RangeOf(location.Text, location.Span));
}
