using IncidentLang.Cli;

HeapHugePages.Enable();
return await IncCommandLine.RunAsync(args, Console.Out, Console.Error);
