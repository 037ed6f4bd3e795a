using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// Re-parses only the member an edit falls in (a member of a top-level incident, or a top-level declaration), when the result
/// is provably what a parse of the whole text gives; otherwise the caller parses the whole text. The edit must lie strictly
/// inside the member, and every syntax diagnostic of the old tree inside it (none outside, and none of the file-wide kinds:
/// invalid UTF-8, size, line length, nesting depth).
/// <list type="number">
/// <item>An error-free old tree and a nested declaration whose new text parses on its own, cleanly, as exactly one
/// declaration: that parse (the fast path, <see cref="SyntaxParser.Parse(SourceText)"/>).</item>
/// <item>Otherwise — the edit breaks the syntax, repairs it, or falls in a property — <see cref="MemberReparser"/> parses the
/// member with ANTLR in the state the whole file's parse reaches there, and keeps the result only if the rest of the file
/// provably parses as before. When the old tree had errors in the member, the lexer must also have left the old member in its
/// default mode (the rest of the old file was lexed as it is now).</item>
/// </list>
/// The rest of the tree is copied with positions shifted (nodes are never shared between trees, so every tree stays
/// immutable). The result is identical to a full parse (<c>IncrementalReparserTests</c>, on random edits that break and repair the syntax).
/// </summary>
internal static class IncrementalReparser
{
    public static SyntaxTree? TryReparse(SyntaxTree old, TextSpan span, string newText, SourceText text)
    {
        if (FindTarget(old.Root, span) is not { } found || FileSizeLimit.SizeIfTooLarge(text) is not null)
        {
            return null;
        }

        var (siblings, first, last, topLevel, next) = found;
        var firstToken = FirstToken(siblings[first]);
        var lastToken = LastToken(siblings[last]);
        if (firstToken.IsMissing || lastToken.IsMissing)
        {
            return null;
        }

        var targetSpan = TextSpan.FromBounds(firstToken.Span.Start, lastToken.Span.End);
        var full = TextSpan.FromBounds(siblings[first].FullSpan.Start, siblings[last].FullSpan.End);
        var delta = newText.Length - span.Length;
        var oldWasErrorFree = old.Diagnostics.IsEmpty;
        // A diagnostic at the members' first token can be the earlier member's (a name without its ':' is reported at the next
        // member's keyword): only diagnostics after it are the members' own.
        if (!oldWasErrorFree && !old.Diagnostics.All(d => IsLocalTo(d, targetSpan) && d.Location.Span.Start > targetSpan.Start))
        {
            return null;
        }

        if (oldWasErrorFree && first == last && siblings[first] is DeclarationSyntax && TryParseAlone(old, siblings[first], span, newText) is { } alone)
        {
            var shifted = new Rebuilder(siblings, first, last, [alone], full.End, delta, replacementShift: full.Start);
            return new SyntaxTree(text, shifted.CloneRoot(old.Root), []);
        }

        // The members' text changed: a line of it over the limit is INC0010, the whole parse's to report.
        if (HasLineOverLimit(text, span.Start, span.Start + newText.Length)
            || (!oldWasErrorFree && !MemberReparser.EndsInDefaultMode(old.Text.Text, full.Start, full.End)))
        {
            return null;
        }

        var maxDepth = 0;
        var reparsed = MemberReparser.TryParse(
            text, full.Start, targetSpan.Start, targetSpan.End + delta, full.End + delta, (next.Kind, next.Position + delta), topLevel, oldWasErrorFree,
            () => maxDepth = maxDepth > 0 ? maxDepth : MaxDepth(old.Root));
        if (reparsed is not { } result)
        {
            return null;
        }

        // In a tree that already had syntax errors, the members' bounds are where error recovery put them, and a full parse of the
        // new text may recover across them differently (an unclosed list swallowing the next property, a diagnostic inside the
        // members that a parse of them alone does not repeat): fuzz invariant 1d found such edits. There, only a re-parse that
        // repaired every error is kept (then the whole new text is free of errors, and an error-free text has one parse); any
        // other edit of a broken file is parsed again whole.
        if (!oldWasErrorFree && !result.Diagnostics.IsEmpty)
        {
            return null;
        }

        var rebuilder = new Rebuilder(siblings, first, last, result.Members, full.End, delta, replacementShift: 0);
        var diagnostics = result.Diagnostics.Sort(Diagnostic.Compare);
        return new SyntaxTree(text, rebuilder.CloneRoot(old.Root), diagnostics);
    }

    /// <summary>The declaration's new text parsed as a file of its own: clean, exactly one declaration, all its trivia its own.</summary>
    private static DeclarationSyntax? TryParseAlone(SyntaxTree old, MemberSyntax target, TextSpan span, string newText)
    {
        var full = target.FullSpan;
        var oldPiece = old.Text.Text.AsSpan(full.Start, full.Length);
        var pieceText = string.Concat(oldPiece[..(span.Start - full.Start)], newText, oldPiece[(span.End - full.Start)..]);
        var piece = SyntaxParser.Parse(SourceText.From(pieceText, old.FilePath));
        return piece.Diagnostics.IsEmpty && piece.Root.Declarations.Length == 1 && piece.Root.EndOfFileToken.LeadingTrivia.IsEmpty
            ? piece.Root.Declarations[0]
            : null;
    }

    /// <summary>
    /// A diagnostic the member's own parse reported: one the parser, the lexer or a literal reports, within the member's text
    /// (a missing token right after the member's last token belongs to what follows).
    /// </summary>
    private static bool IsLocalTo(Diagnostic diagnostic, TextSpan member) =>
        diagnostic.Id is not ("INC0008" or "INC0009" or "INC0010" or "INC0011" or "INC0012")
        && diagnostic.Location.Span is var s && s.Start >= member.Start && s.End <= member.End && s.Start < member.End;

    private static bool HasLineOverLimit(SourceText text, int start, int end)
    {
        for (var line = text.GetLineIndex(start); line < text.LineCount && text.GetLineStart(line) <= end; line++)
        {
            if (text.GetLineSpan(line).Length > SyntaxLimits.MaxLineLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The run of members whose text strictly contains the edit — members of a top-level incident, or top-level declarations —
    /// as the list they belong to and the first and last index in it; whether they are top-level; and the token after them. Usually
    /// one member (the edit inside it); two when the edit lies between two members or spans their boundary (a claim typed
    /// between two claims); a few more when a member ends in a token recovery conjured. An edit inside a top-level incident is always re-parsed within its members, never as the whole incident.
    /// </summary>
    private static (ImmutableArray<MemberSyntax> Siblings, int First, int Last, bool TopLevel, (SyntaxKind Kind, int Position) Next)? FindTarget(CompilationUnitSyntax root, TextSpan span)
    {
        var declarations = ImmutableArray<MemberSyntax>.CastUp(root.Declarations);
        if (Run(declarations, span) is not var (first, last))
        {
            return null;
        }

        if (first == last && root.Declarations[first] is { DeclarationKind: DeclarationKind.Incident } incident)
        {
            var members = incident.Members;
            if (Run(members, span) is not var (a, b))
            {
                return null;
            }

            var next = b + 1 < members.Length ? FirstToken(members[b + 1]) : incident.CloseBrace;
            return (members, a, b, false, (next.Kind, next.Position));
        }

        if (Enumerable.Range(first, last - first + 1).Any(i => root.Declarations[i].DeclarationKind == DeclarationKind.Incident))
        {
            return null; // re-parsing a whole incident costs what parsing the file costs
        }

        var after = last + 1 < declarations.Length ? root.Declarations[last + 1].Keyword : root.EndOfFileToken;
        return (declarations, first, last, true, (after.Kind, after.Position));
    }

    /// <summary>At most this many members are re-parsed together (an edit between two, and members ended by a missing token).</summary>
    private const int MaxRun = 4;

    /// <summary>The shortest run of consecutive members whose text (first token to last real token) strictly contains <paramref name="span"/>.</summary>
    private static (int First, int Last)? Run(ImmutableArray<MemberSyntax> members, TextSpan span)
    {
        var first = LastStartingBefore(members.AsSpan(), span.Start);
        if (first < 0)
        {
            return null;
        }

        // A member that ends in a missing token (recovery conjured it after the trivia) cannot end the run: the next one does.
        for (var last = first; last < members.Length && last - first < MaxRun; last++)
        {
            if (SpanOf(members[last]).End > span.End && !LastToken(members[last]).IsMissing)
            {
                return (first, last);
            }
        }

        return null;
    }

    /// <summary>The index of the last member whose text starts before <paramref name="position"/>; -1 when none does.</summary>
    private static int LastStartingBefore<T>(ReadOnlySpan<T> members, int position)
        where T : MemberSyntax
    {
        int low = 0, high = members.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (FirstToken(members[middle]).Position < position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary><see cref="SyntaxNode.Span"/> of a member, from its first and last tokens, without walking its subtree.</summary>
    private static TextSpan SpanOf(MemberSyntax member) => TextSpan.FromBounds(FirstToken(member).Span.Start, LastToken(member).Span.End);

    private static SyntaxToken FirstToken(MemberSyntax member) => member switch
    {
        DeclarationSyntax declaration => declaration.Keyword,
        PropertySyntax property => property.Name,
        _ => member.GetFirstToken()!,
    };

    private static SyntaxToken LastToken(MemberSyntax member) => member switch
    {
        DeclarationSyntax declaration => declaration.CloseBrace,
        PropertySyntax { Value: ListValueSyntax list } => list.CloseBracket,
        PropertySyntax { Value: LiteralValueSyntax literal } => literal.Token,
        PropertySyntax { Value: NameValueSyntax name } => name.Identifier,
        _ => member.GetLastToken()!,
    };

    /// <summary>How deep the tree nests braces and brackets (a top-level declaration is depth 1).</summary>
    private static int MaxDepth(CompilationUnitSyntax root)
    {
        static int Declaration(DeclarationSyntax declaration)
        {
            var deepest = 0;
            foreach (var member in declaration.Members)
            {
                deepest = Math.Max(deepest, member switch
                {
                    DeclarationSyntax nested => Declaration(nested),
                    PropertySyntax property => Value(property.Value),
                    _ => 0,
                });
            }

            return deepest + 1;
        }

        static int Value(ValueSyntax value)
        {
            if (value is not ListValueSyntax list)
            {
                return 0;
            }

            var deepest = 0;
            foreach (var item in list.ItemsAndSeparators)
            {
                if (item is ValueSyntax nested)
                {
                    deepest = Math.Max(deepest, Value(nested));
                }
            }

            return deepest + 1;
        }

        var max = 0;
        foreach (var declaration in root.Declarations)
        {
            max = Math.Max(max, Declaration(declaration));
        }

        return max;
    }

    /// <summary>
    /// Copies the old tree with members <c>first</c>..<c>last</c> of <c>siblings</c> replaced: tokens before them keep their
    /// positions, tokens after them move by <c>delta</c>; a replacement parsed alone (it starts at 0, in a tree of its own) is
    /// copied, moved by <c>replacementShift</c>.
    /// </summary>
    private sealed class Rebuilder(ImmutableArray<MemberSyntax> siblings, int first, int last, ImmutableArray<MemberSyntax> replacements, int end, int delta, int replacementShift)
    {
        private bool _inReplacement;

        // The trivia of every copied token, in one array for the new tree, as a parsed file has one, attached to the tokens once the
        // copy is done. An array per moved token was a tenth of what an edit of a large report allocated; sharing the old tree's
        // array for the unmoved tokens would keep every earlier tree's array alive through the few tokens still using it. The
        // trivia and the tokens are gathered in pooled buffers; only the exact-size array is new.
        private SyntaxToken[] _copied = [];
        private int _copiedCount;
        private SyntaxTrivia[] _trivia = [];
        private int _triviaCount;

        /// <summary>The copy of <paramref name="root"/>, its tokens' trivia attached.</summary>
        public CompilationUnitSyntax CloneRoot(CompilationUnitSyntax root)
        {
            // About one trivia per eight characters in a report; the buffer grows when there are more.
            _trivia = ArrayPool<SyntaxTrivia>.Shared.Rent(64 + (root.FullSpan.Length / 8));
            _copied = ArrayPool<SyntaxToken>.Shared.Rent(1024);
            try
            {
                var clone = (CompilationUnitSyntax)Clone(root);
                var trivia = _trivia.AsSpan(0, _triviaCount).ToArray();
                foreach (var token in _copied.AsSpan(0, _copiedCount))
                {
                    token.AttachTrivia(trivia);
                }

                return clone;
            }
            finally
            {
                ArrayPool<SyntaxTrivia>.Shared.Return(_trivia, clearArray: true);
                ArrayPool<SyntaxToken>.Shared.Return(_copied, clearArray: true);
            }
        }

        public SyntaxNode Clone(SyntaxNode node)
        {
            switch (node)
            {
                case SyntaxToken token:
                    return Copy(token, _inReplacement ? replacementShift : token.Position >= end ? delta : 0);
                case CompilationUnitSyntax unit:
                    return new CompilationUnitSyntax(CloneAll(unit.Declarations), (SyntaxToken)Clone(unit.EndOfFileToken));
                case DeclarationSyntax declaration:
                    return new DeclarationSyntax(
                        (SyntaxToken)Clone(declaration.Keyword),
                        declaration.Name is null ? null : (SyntaxToken)Clone(declaration.Name),
                        (SyntaxToken)Clone(declaration.OpenBrace),
                        CloneAll(declaration.Members),
                        (SyntaxToken)Clone(declaration.CloseBrace));
                case PropertySyntax property:
                    return new PropertySyntax((SyntaxToken)Clone(property.Name), (SyntaxToken)Clone(property.Colon), (ValueSyntax)Clone(property.Value));
                case LiteralValueSyntax literal:
                    return new LiteralValueSyntax((SyntaxToken)Clone(literal.Token));
                case NameValueSyntax name:
                    return new NameValueSyntax((SyntaxToken)Clone(name.Identifier));
                case ListValueSyntax list:
                    return new ListValueSyntax((SyntaxToken)Clone(list.OpenBracket), CloneAll(list.ItemsAndSeparators), (SyntaxToken)Clone(list.CloseBracket));
                default:
                    throw new InvalidOperationException("Unknown node " + node.Kind);
            }
        }

        private ImmutableArray<T> CloneAll<T>(ImmutableArray<T> nodes)
            where T : SyntaxNode
        {
            if (nodes.IsEmpty)
            {
                return nodes;
            }

            // The list that holds the replaced members: the replacements take their place.
            var replacing = nodes.Length == siblings.Length && ReferenceEquals(nodes[first], siblings[first]);
            var copies = new T[nodes.Length - (replacing ? last - first + 1 - replacements.Length : 0)];
            var count = 0;
            for (var i = 0; i < nodes.Length; i++)
            {
                if (!replacing || i < first || i > last)
                {
                    copies[count++] = (T)Clone(nodes[i]);
                }
                else if (i == first)
                {
                    foreach (var replacement in replacements)
                    {
                        copies[count++] = (T)Replace(replacement);
                    }
                }
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(copies);
        }

        private SyntaxNode Replace(MemberSyntax replacement)
        {
            if (replacement.Parent is null)
            {
                return replacement; // parsed in place (MemberReparser): already at its positions, and in no other tree
            }

            _inReplacement = true;
            var cloned = Clone(replacement);
            _inReplacement = false;
            return cloned;
        }

        private SyntaxToken Copy(SyntaxToken token, int shift)
        {
            var leading = token.LeadingTrivia.AsSpan();
            var trailing = token.TrailingTrivia.AsSpan();
            if (leading.Length + trailing.Length == 0)
            {
                return token.MovedTo(shift, 0); // no trivia, and no reference to the old tree's array
            }

            Reserve(ref _trivia, _triviaCount + leading.Length + trailing.Length);
            Reserve(ref _copied, _copiedCount + 1);

            var start = _triviaCount;
            foreach (var trivia in leading)
            {
                _trivia[_triviaCount++] = shift == 0 ? trivia : new SyntaxTrivia(trivia.Kind, trivia.Position + shift, trivia.Text);
            }

            foreach (var trivia in trailing)
            {
                _trivia[_triviaCount++] = shift == 0 ? trivia : new SyntaxTrivia(trivia.Kind, trivia.Position + shift, trivia.Text);
            }

            var copy = token.MovedTo(shift, start);
            _copied[_copiedCount++] = copy;
            return copy;
        }

        /// <summary>Makes a pooled buffer hold at least <paramref name="size"/> items, moving it into a larger one when it does not.</summary>
        private static void Reserve<T>(ref T[] buffer, int size)
        {
            if (size <= buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<T>.Shared.Rent(Math.Max(size, buffer.Length * 2));
            buffer.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(buffer, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            buffer = larger;
        }
    }
}
