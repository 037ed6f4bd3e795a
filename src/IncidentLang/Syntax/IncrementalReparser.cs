using System.Collections.Immutable;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Re-parses only the declaration an edit falls in (a catalog declaration or an incident's
/// member), when that is safe: the old tree has no syntax errors, the edit lies strictly inside
/// the declaration, and the declaration's new text parses on its own, cleanly, as exactly one
/// declaration. The rest of the tree is copied with positions shifted (nodes are never shared
/// between trees, so every tree stays immutable). Otherwise the caller parses the whole text.
/// The result is identical to a full parse (tested).
/// </summary>
internal static class IncrementalReparser
{
    public static SyntaxTree? TryReparse(SyntaxTree old, TextSpan span, string newText, SourceText text)
    {
        if (!old.Diagnostics.IsEmpty || FindTarget(old.Root, span) is not { } target)
        {
            return null;
        }

        var full = target.FullSpan;
        var oldPiece = old.Text.ToString(full);
        var pieceText = string.Concat(oldPiece.AsSpan(0, span.Start - full.Start), newText, oldPiece.AsSpan(span.End - full.Start));
        var piece = SyntaxParser.Parse(SourceText.From(pieceText, old.FilePath));
        if (!piece.Diagnostics.IsEmpty || piece.Root.Declarations.Length != 1 || !piece.Root.EndOfFileToken.LeadingTrivia.IsEmpty)
        {
            return null;
        }

        var rebuilder = new Rebuilder(target, piece.Root.Declarations[0], full.Start, full.End, newText.Length - span.Length);
        return new SyntaxTree(text, (CompilationUnitSyntax)rebuilder.Clone(old.Root), []);
    }

    private static DeclarationSyntax? FindTarget(CompilationUnitSyntax root, TextSpan span)
    {
        foreach (var top in root.Declarations)
        {
            if (!Inside(top, span))
            {
                continue;
            }

            if (top.DeclarationKind != DeclarationKind.Incident)
            {
                return top;
            }

            return top.NestedDeclarations.FirstOrDefault(member => Inside(member, span));
        }

        return null;
    }

    private static bool Inside(DeclarationSyntax declaration, TextSpan span) =>
        span.Start > declaration.Span.Start && span.End < declaration.Span.End;

    private sealed class Rebuilder(DeclarationSyntax target, DeclarationSyntax replacement, int start, int end, int delta)
    {
        private bool _inReplacement;

        public SyntaxNode Clone(SyntaxNode node)
        {
            switch (node)
            {
                case SyntaxToken token:
                    return Copy(token, _inReplacement ? start : token.Position >= end ? delta : 0);
                case CompilationUnitSyntax unit:
                    return new CompilationUnitSyntax([.. unit.Declarations.Select(d => (DeclarationSyntax)Clone(d))], (SyntaxToken)Clone(unit.EndOfFileToken));
                case DeclarationSyntax declaration when ReferenceEquals(declaration, target):
                    _inReplacement = true;
                    var cloned = Clone(replacement);
                    _inReplacement = false;
                    return cloned;
                case DeclarationSyntax declaration:
                    return new DeclarationSyntax(
                        (SyntaxToken)Clone(declaration.Keyword),
                        declaration.Name is null ? null : (SyntaxToken)Clone(declaration.Name),
                        (SyntaxToken)Clone(declaration.OpenBrace),
                        [.. declaration.Members.Select(m => (MemberSyntax)Clone(m))],
                        (SyntaxToken)Clone(declaration.CloseBrace));
                case PropertySyntax property:
                    return new PropertySyntax((SyntaxToken)Clone(property.Name), (SyntaxToken)Clone(property.Colon), (ValueSyntax)Clone(property.Value));
                case LiteralValueSyntax literal:
                    return new LiteralValueSyntax((SyntaxToken)Clone(literal.Token));
                case NameValueSyntax name:
                    return new NameValueSyntax((SyntaxToken)Clone(name.Identifier));
                case ListValueSyntax list:
                    return new ListValueSyntax((SyntaxToken)Clone(list.OpenBracket), [.. list.ItemsAndSeparators.Select(Clone)], (SyntaxToken)Clone(list.CloseBracket));
                default:
                    throw new InvalidOperationException("Unknown node " + node.Kind);
            }
        }

        private static SyntaxToken Copy(SyntaxToken token, int shift) => token.WithShift(shift);
    }
}
