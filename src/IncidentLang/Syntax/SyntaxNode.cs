using System.Text;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>
/// An immutable node of the full-fidelity syntax tree. Tokens are nodes too (leaves), so a walk
/// over <see cref="GetChildren"/> visits every character of the file exactly once.
/// </summary>
public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    /// <summary>The enclosing node; set once when the parent is built.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>The number of the node's children (tokens and nodes); 0 for a token.</summary>
    public abstract int ChildCount { get; }

    /// <summary>The child at <paramref name="index"/> (0 to <see cref="ChildCount"/> - 1), in text order.</summary>
    public abstract SyntaxNode GetChild(int index);

    /// <summary>The node's children in text order (tokens and nodes).</summary>
    public IEnumerable<SyntaxNode> GetChildren()
    {
        for (var i = 0; i < ChildCount; i++)
        {
            yield return GetChild(i);
        }
    }

    /// <summary>The text of the node without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public virtual TextSpan Span
    {
        get
        {
            var first = GetFirstToken();
            var last = GetLastToken();
            return first is null || last is null ? new TextSpan(FullSpan.Start, 0) : TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    /// <summary>The text of the node including all trivia.</summary>
    public virtual TextSpan FullSpan
    {
        get
        {
            var first = GetFirstToken();
            var last = GetLastToken();
            return first is null || last is null ? default : TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
        }
    }

    /// <summary>The first token under this node (missing tokens included), or null when it has none.</summary>
    public SyntaxToken? GetFirstToken()
    {
        for (var i = 0; i < ChildCount; i++)
        {
            var child = GetChild(i);
            var token = child as SyntaxToken ?? child.GetFirstToken();
            if (token is not null)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>
    /// The last token under this node (missing tokens included), or null when it has none. Walks down the right edge of the
    /// tree only, by index, so the span of a 2,000-member incident costs a step per level, not a walk over its members.
    /// </summary>
    public SyntaxToken? GetLastToken()
    {
        for (var i = ChildCount - 1; i >= 0; i--)
        {
            var child = GetChild(i);
            var token = child as SyntaxToken ?? child.GetLastToken();
            if (token is not null)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>Every token under this node, in order (missing tokens included).</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        // A stack of (node, next child) pairs: no enumerator per node.
        var stack = new Stack<(SyntaxNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.TryPop(out var top))
        {
            if (top.Next == top.Node.ChildCount)
            {
                continue;
            }

            stack.Push((top.Node, top.Next + 1));
            var child = top.Node.GetChild(top.Next);
            if (child is SyntaxToken token)
            {
                yield return token;
            }
            else
            {
                stack.Push((child, 0));
            }
        }
    }

    /// <summary>The exact source text of this node, trivia included.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        if (this is SyntaxToken self)
        {
            self.WriteTo(builder);
        }
        else
        {
            foreach (var token in DescendantTokens())
            {
                token.WriteTo(builder);
            }
        }

        return builder.ToString();
    }

    public override string ToString() => ToFullString();

    protected T Adopt<T>(T child)
        where T : SyntaxNode
    {
        child.Parent = this;
        return child;
    }

    protected T? AdoptOptional<T>(T? child)
        where T : SyntaxNode
    {
        if (child is not null)
        {
            child.Parent = this;
        }

        return child;
    }
}
