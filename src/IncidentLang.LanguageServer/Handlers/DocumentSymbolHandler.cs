using System.Collections.Immutable;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>The hierarchical outline: incidents and catalog declarations, with an incident's members below it.</summary>
public static class DocumentSymbolHandler
{
    public static ImmutableArray<DocumentSymbol> Symbols(DocumentSnapshot snapshot) =>
        [.. snapshot.Tree.Root.Declarations.Select(d => ToSymbol(snapshot, d))];

    private static DocumentSymbol ToSymbol(DocumentSnapshot snapshot, DeclarationSyntax declaration)
    {
        var keyword = declaration.Keyword.Text;
        var name = declaration.Name is { IsMissing: false } n ? n.Text : "(" + keyword + ")";
        var detail = declaration.Properties.FirstOrDefault(p => p.Name.Text is "title" or "name" or "text" or "date")?.Value is LiteralValueSyntax { Token.Value: { } v } ? v.ToString() : null;
        if (detail is { Length: > 80 })
        {
            detail = detail[..77] + "...";
        }

        return new DocumentSymbol(
            name,
            detail is null ? keyword : $"{keyword} · {detail}",
            Kind(declaration.DeclarationKind),
            snapshot.RangeOf(declaration.Span),
            snapshot.RangeOf(declaration.NameOrKeywordSpan),
            [.. declaration.NestedDeclarations.Select(d => ToSymbol(snapshot, d))]);
    }

    /// <summary>LSP SymbolKind per declaration kind.</summary>
    public static int Kind(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Incident => 3,   // Namespace
        DeclarationKind.Source => 19,    // Object
        DeclarationKind.Actor => 5,      // Class
        DeclarationKind.Target => 23,    // Struct
        DeclarationKind.Claim => 14,     // Constant
        DeclarationKind.Statement => 15, // String
        _ => 24,                         // Event
    };
}
