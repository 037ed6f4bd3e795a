using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// Usage: IncidentLang.RoslynParse FILE.cs — reads the file's bytes and parses them as C#, as inc check reads and parses a
// report, then counts the tree's syntax diagnostics; so the whole-process time holds reading, decoding, parsing and diagnostics.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: IncidentLang.RoslynParse FILE.cs");
    return 2;
}

var bytes = File.ReadAllBytes(args[0]);
var text = SourceText.From(bytes, bytes.Length);
var tree = CSharpSyntaxTree.ParseText(text, path: args[0]);
var diagnostics = tree.GetDiagnostics().Count();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {text.Length:N0} characters, {diagnostics} syntax diagnostics"));
return diagnostics == 0 ? 0 : 1;
