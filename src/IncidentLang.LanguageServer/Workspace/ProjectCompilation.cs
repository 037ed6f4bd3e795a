using IncidentLang.Syntax;

namespace IncidentLang.LanguageServer.Workspace;

/// <summary>
/// A project's latest compilation in the <see cref="ServerWorkspace"/>, the structure generation its files were listed at
/// (a newer one means the folder must be listed again), and its trees by path.
/// </summary>
internal sealed record ProjectCompilation(int Structure, Compilation Compilation, Dictionary<string, SyntaxTree> TreesByPath);
