using System.Collections.Immutable;
using IncidentLang.Diagnostics;
using IncidentLang.Text;

namespace IncidentLang.Syntax;

/// <summary>A parsed file: its text, its full-fidelity root, and the syntax diagnostics (INC0xxx).</summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public CompilationUnitSyntax Root { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public string FilePath => Text.FilePath;

    public static SyntaxTree Parse(SourceText text) => SyntaxParser.Parse(text);

    public static SyntaxTree Parse(string text, string filePath = "") => Parse(SourceText.From(text, filePath));

    public Location GetLocation(TextSpan span) => new(Text, span);

    /// <summary>The token whose full span contains <paramref name="position"/> (end of file at the end).</summary>
    public SyntaxToken FindToken(int position)
    {
        foreach (var token in Root.DescendantTokens())
        {
            if (position < token.FullSpan.End)
            {
                return token;
            }
        }

        return Root.EndOfFileToken;
    }
}
