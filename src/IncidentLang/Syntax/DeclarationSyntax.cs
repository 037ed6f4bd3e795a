using System.Collections.Immutable;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary><c>keyword name? { member* }</c> — an incident, source, actor, target, claim, statement or event.</summary>
public sealed class DeclarationSyntax : MemberSyntax
{
    public DeclarationSyntax(SyntaxToken keyword, SyntaxToken? name, SyntaxToken openBrace, ImmutableArray<MemberSyntax> members, SyntaxToken closeBrace)
    {
        Keyword = Adopt(keyword);
        Name = AdoptOptional(name);
        OpenBrace = Adopt(openBrace);
        foreach (var member in members)
        {
            Adopt(member);
            HasNestedDeclarations |= member is DeclarationSyntax;
        }

        Members = members;
        CloseBrace = Adopt(closeBrace);
        DeclarationKind = SyntaxFacts.GetDeclarationKind(keyword.Kind) ?? DeclarationKind.Event;
    }

    public override SyntaxKind Kind => SyntaxKind.Declaration;

    public SyntaxToken Keyword { get; }

    /// <summary>The declared name; null when omitted (allowed for events only: INC1013).</summary>
    public SyntaxToken? Name { get; }

    public SyntaxToken OpenBrace { get; }

    public ImmutableArray<MemberSyntax> Members { get; }

    public SyntaxToken CloseBrace { get; }

    /// <remarks>Set when the node is made (the binder and every rule ask; reading the keyword each time missed the cache on a large report).</remarks>
    public DeclarationKind DeclarationKind { get; }

    /// <summary>
    /// Whether a member is itself a declaration (allowed only in an incident; INC1006 elsewhere). Set when the node is made, so
    /// the binder skips the members of the 2,000 declarations that have none, instead of reading each (docs/performance.md).
    /// </summary>
    internal bool HasNestedDeclarations { get; }

    public IEnumerable<PropertySyntax> Properties => MembersOfType<PropertySyntax>(Members);

    public IEnumerable<DeclarationSyntax> NestedDeclarations => MembersOfType<DeclarationSyntax>(Members);

    /// <summary>The keyword and the name: where declaration-level diagnostics point (docs/diagnostics.md).</summary>
    public TextSpan HeaderSpan => Name is null || Name.IsMissing ? Keyword.Span : TextSpan.FromBounds(Keyword.Span.Start, Name.Span.End);

    /// <summary>The name if present, else the keyword.</summary>
    public TextSpan NameOrKeywordSpan => Name is null || Name.IsMissing ? Keyword.Span : Name.Span;

    public override int ChildCount => Members.Length + (Name is null ? 3 : 4);

    public override SyntaxNode GetChild(int index)
    {
        // Keyword, Name (when present), OpenBrace, Members..., CloseBrace.
        var first = Name is null ? 2 : 3;
        if ((uint)(index - first) < (uint)Members.Length)
        {
            return Members[index - first];
        }

        return index switch
        {
            0 => Keyword,
            1 when Name is not null => Name,
            _ when index == first - 1 => OpenBrace,
            _ when index == first + Members.Length => CloseBrace,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    // Not Members.OfType<T>(): that boxes the array and reads it through the non-generic enumerator, one element at a time by
    // reflection (Array.InternalGetValue); declaring a large incident's members spent most of its time there.
    private static IEnumerable<T> MembersOfType<T>(ImmutableArray<MemberSyntax> members)
        where T : MemberSyntax
    {
        foreach (var member in members)
        {
            if (member is T match)
            {
                yield return match;
            }
        }
    }
}
