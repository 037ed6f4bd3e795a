using IncidentLang.Diagnostics;
using IncidentLang.Projects;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.Infrastructure;

/// <summary>Compiles test text and folders with a fixed "today", so date checks are stable.</summary>
internal static class TestCompiler
{
    public static readonly DateOnly Today = new(2026, 1, 15);

    public static CompilationOptions Options { get; } = new() { Today = Today };

    public static Compilation Compile(params string[] texts) =>
        Compilation.Create(texts.Select((t, i) => SyntaxTree.Parse(t, $"test{i}.inc")), Options);

    public static IReadOnlyList<Diagnostic> Diagnose(params string[] texts) => Compile(texts).GetDiagnostics();

    public static (Compilation Compilation, ProjectLoader.Result Loaded) CompileFolder(string folder)
    {
        var loaded = new ProjectLoader(baseDirectory: folder).Load(["."]);
        return (Compilation.Create(loaded.Trees, Options), loaded);
    }
}
