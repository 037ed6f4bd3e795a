using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>Go to definition, find references, prepare rename and rename, across the files of the project.</summary>
public static class NavigationHandler
{
    public static Symbol? SymbolAt(DocumentSnapshot snapshot, int position) =>
        snapshot.TokenAt(position) is { Kind: SyntaxKind.IdentifierToken } token ? snapshot.Resolve(token).Symbol : null;

    public static LspLocation? Definition(DocumentSnapshot snapshot, int position) =>
        SymbolAt(snapshot, position) is { } symbol ? ToLocation(symbol.NameLocation) : null;

    public static ImmutableArray<LspLocation> References(DocumentSnapshot snapshot, int position, bool includeDeclaration)
    {
        if (SymbolAt(snapshot, position) is not { } symbol)
        {
            return [];
        }

        var locations = snapshot.Compilation.Bound.GetReferences(symbol).Select(ToLocation);
        return [.. (includeDeclaration ? locations.Prepend(ToLocation(symbol.NameLocation)) : locations)];
    }

    public static PrepareRenameResult? PrepareRename(DocumentSnapshot snapshot, int position)
    {
        if (snapshot.TokenAt(position) is not { Kind: SyntaxKind.IdentifierToken } token || snapshot.Resolve(token).Symbol is not { Name.Length: > 0 })
        {
            return null;
        }

        return new PrepareRenameResult(snapshot.RangeOf(token.Span), token.Text);
    }

    public static WorkspaceEdit? Rename(DocumentSnapshot snapshot, int position, string newName)
    {
        if (SymbolAt(snapshot, position) is not { Name.Length: > 0 } symbol)
        {
            return null;
        }

        var changes = new Dictionary<string, List<TextEdit>>(StringComparer.Ordinal);
        foreach (var location in snapshot.Compilation.Bound.GetReferences(symbol).Prepend(symbol.NameLocation))
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
