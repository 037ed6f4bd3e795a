using IncidentLang.Cli;

// Huge pages for the heap of a command's one pass over its reports; not for the language server, whose heap is reused
// between edits (docs/performance.md, "Huge pages").
if (args is not ["lsp", ..])
{
    HeapHugePages.Enable();
}

var exitCode = await IncCommandLine.RunAsync(args, Console.Out, Console.Error);
GcReport.WriteIfRequested(Console.Error, Environment.GetEnvironmentVariable("INC_GC_REPORT"));
return exitCode;
