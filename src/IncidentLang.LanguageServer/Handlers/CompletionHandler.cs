using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>
/// Completion that knows the language: declaration keywords where a declaration may start,
/// the properties of the enclosing declaration not yet given, a property's vocabulary values,
/// names of declarations of the kind a reference expects (in a list, those it does not name yet), ISO country codes.
/// </summary>
public static class CompletionHandler
{
    public static CompletionList Complete(DocumentSnapshot snapshot, int position)
    {
        var (property, declaration) = Context(snapshot, position);
        var items = property is not null
            ? ValueItems(snapshot, property, declaration)
            : MemberItems(snapshot, declaration);
        if (property?.Value is ListValueSyntax list)
        {
            // What the list already names is not offered again (it would be INC2021), as given properties are not.
            var listed = ListedBeside(list, position);
            items = items.Where(i => !listed.Contains(i.Label));
        }

        return new CompletionList(false, [.. items]);
    }

    /// <summary>The items of the list as written, but the one being typed at <paramref name="position"/>.</summary>
    private static HashSet<string> ListedBeside(ListValueSyntax list, int position)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            var token = (item as NameValueSyntax)?.Identifier ?? (item as LiteralValueSyntax)?.Token;
            if (token is { IsMissing: false } && !(token.Span.Start <= position && position <= token.Span.End))
            {
                listed.Add(token.Text);
            }
        }

        return listed;
    }

    /// <summary>Which property's value is being written, or which declaration's body (null: top level).</summary>
    internal static (PropertySyntax? Property, DeclarationSyntax? Declaration) Context(DocumentSnapshot snapshot, int position)
    {
        // The token before the cursor, skipping the word being typed.
        SyntaxToken? previous = null;
        foreach (var token in snapshot.Tree.Root.DescendantTokens())
        {
            if (token.IsMissing || token.Kind == SyntaxKind.EndOfFileToken)
            {
                continue;
            }

            var isWordBeingTyped = token.Span.End == position && (token.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(token.Kind));
            if (token.Span.End > position || isWordBeingTyped)
            {
                break;
            }

            previous = token;
        }

        var declaration = EnclosingDeclaration(snapshot.Tree.Root, position);
        if (previous?.Kind == SyntaxKind.ColonToken && previous.Parent is PropertySyntax p && OnSameLine(snapshot, previous.Span.End, position))
        {
            return (p, declaration);
        }

        if (previous?.Kind is SyntaxKind.OpenBracketToken or SyntaxKind.CommaToken && previous.Parent is ListValueSyntax { Parent: PropertySyntax listProperty })
        {
            return (listProperty, declaration);
        }

        return (null, declaration);
    }

    private static bool OnSameLine(DocumentSnapshot snapshot, int a, int b) =>
        snapshot.Text.GetLineIndex(a) == snapshot.Text.GetLineIndex(b);

    internal static DeclarationSyntax? EnclosingDeclaration(SyntaxNode node, int position)
    {
        DeclarationSyntax? found = null;
        foreach (var child in node.GetChildren())
        {
            if (child is DeclarationSyntax declaration && !declaration.OpenBrace.IsMissing
                && position >= declaration.OpenBrace.Span.End
                && (declaration.CloseBrace.IsMissing || position <= declaration.CloseBrace.Span.Start))
            {
                found = EnclosingDeclaration(declaration, position) ?? declaration;
            }
        }

        return found;
    }

    private static IEnumerable<CompletionItem> MemberItems(DocumentSnapshot snapshot, DeclarationSyntax? declaration)
    {
        if (declaration is null)
        {
            foreach (var definition in LanguageSchema.All.Where(d => d.AllowedAtTopLevel))
            {
                yield return Keyword(definition);
            }

            yield break;
        }

        var definitionOf = LanguageSchema.Get(declaration.DeclarationKind);
        var given = declaration.Properties.Select(p => definitionOf.FindProperty(p.Name.Text)?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var property in definitionOf.Properties.Where(p => !given.Contains(p.Name)))
        {
            yield return new CompletionItem(property.Name, CompletionItemKind.Property)
            {
                Detail = (property.IsRequired ? "required · " : string.Empty) + property.ExpectedDescription,
                Documentation = MarkupContent.Markdown(property.Description + (property.Default is { } d ? $"\n\nDefault: `{d}`" : string.Empty)),
                InsertText = property.Name + ": ",
                SortText = (property.IsRequired ? "0" : "1") + property.Name,
            };
        }

        if (declaration.DeclarationKind == DeclarationKind.Incident)
        {
            foreach (var nested in LanguageSchema.All.Where(d => d.Kind != DeclarationKind.Incident))
            {
                yield return Keyword(nested) with { SortText = "2" + nested.Keyword };
            }
        }
    }

    private static CompletionItem Keyword(DeclarationDefinition definition) => new(definition.Keyword, CompletionItemKind.Keyword)
    {
        Detail = "declaration",
        Documentation = MarkupContent.Markdown(definition.Description),
        InsertText = definition.Keyword + " ",
    };

    private static IEnumerable<CompletionItem> ValueItems(DocumentSnapshot snapshot, PropertySyntax property, DeclarationSyntax? declaration)
    {
        if (declaration is null || LanguageSchema.Get(declaration.DeclarationKind).FindProperty(property.Name.Text) is not { } definition)
        {
            yield break;
        }

        switch (definition.Type)
        {
            case PropertyType.Enum:
            case PropertyType.Confidence:
                foreach (var value in definition.Vocabulary)
                {
                    yield return new CompletionItem(value.Name, CompletionItemKind.EnumMember) { Detail = value.Description };
                }

                break;
            case PropertyType.Country:
                foreach (var (code, name) in CountryCodes.Names.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    yield return new CompletionItem(code, CompletionItemKind.EnumMember) { Detail = name, FilterText = code + " " + name };
                }

                break;
            case PropertyType.AttackId:
                // Current ATT&CK objects of the expected kind; the name filters too ("exploit" finds T1190).
                var catalog = Attack.AttackCatalog.Enterprise;
                IEnumerable<Attack.AttackObject> objects = definition.AttackKind switch
                {
                    Attack.AttackObjectKind.Technique => catalog.Techniques,
                    Attack.AttackObjectKind.Group => catalog.Groups,
                    _ => catalog.Software,
                };
                foreach (var item in objects.Where(o => o.IsCurrent))
                {
                    yield return new CompletionItem(item.Id, CompletionItemKind.EnumMember) { Detail = item.DisplayName, FilterText = item.Id + " " + item.DisplayName };
                }

                break;
            case PropertyType.Reference:
                // The names a reference written here can bind to: the incident's own, then the catalog's it does not hide.
                var model = snapshot.SemanticModel;
                var incident = model.GetDeclaredSymbol(declaration)?.Incident;
                foreach (var symbol in model.LookupSymbols(incident, definition.ReferenceKinds))
                {
                    yield return new CompletionItem(symbol.Name, CompletionItemKind.Reference)
                    {
                        Detail = HoverHandler.Describe(symbol).Split('\n')[0].Replace("**", string.Empty, StringComparison.Ordinal),
                        SortText = (symbol.IsCatalog ? "1" : "0") + symbol.Name,
                    };
                }

                break;
        }
    }
}
