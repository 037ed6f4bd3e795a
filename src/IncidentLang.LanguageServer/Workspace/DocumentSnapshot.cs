using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.LanguageServer.Workspace;

/// <summary>
/// A document and the compilation of its project at one moment: its URI, version, text and tree,
/// and conversions between offsets and LSP positions. Immutable. Questions about meaning (what a
/// name denotes, its references, what a name binds to) go to <see cref="SemanticModel"/>.
/// </summary>
public sealed class DocumentSnapshot
{
    private readonly Lazy<SemanticModel> _semanticModel;

    public DocumentSnapshot(string uri, int version, SyntaxTree tree, Compilation compilation)
    {
        Uri = uri;
        Version = version;
        Tree = tree;
        Compilation = compilation;
        _semanticModel = new(() => ModelOf(tree, compilation));
    }

    public string Uri { get; }

    public int Version { get; }

    public SyntaxTree Tree { get; }

    public SourceText Text => Tree.Text;

    public Compilation Compilation { get; }

    /// <summary>The semantic model of the document's tree in its project's compilation.</summary>
    public SemanticModel SemanticModel => _semanticModel.Value;

    public Protocol.LspRange RangeOf(TextSpan span) => RangeOf(Text, span);

    public static Protocol.LspRange RangeOf(SourceText text, TextSpan span)
    {
        var start = text.GetLinePosition(span.Start);
        var end = text.GetLinePosition(span.End);
        return new Protocol.LspRange(new Protocol.Position(start.Line, start.Character), new Protocol.Position(end.Line, end.Character));
    }

    public int PositionOf(Protocol.Position position) => Text.GetPosition(new LinePosition(position.Line, position.Character));

    /// <summary>
    /// An open document its project's compilation does not hold (one the project excludes, opened while
    /// the compilation was built for another document) is given a compilation of its own.
    /// </summary>
    private static SemanticModel ModelOf(SyntaxTree tree, Compilation compilation) =>
        compilation.SyntaxTrees.Contains(tree)
            ? compilation.GetSemanticModel(tree)
            : Compilation.Create([tree], compilation.Options).GetSemanticModel(tree);
}
