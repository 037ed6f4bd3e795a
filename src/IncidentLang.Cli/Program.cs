using IncidentLang.Cli;

return await IncCommandLine.RunAsync(args, Console.Out, Console.Error);
